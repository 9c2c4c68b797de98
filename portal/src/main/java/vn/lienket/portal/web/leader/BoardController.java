package vn.lienket.portal.web.leader;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lienket.domain.Quarter;
import vn.lienket.portal.access.AccessScope;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.board.QuarterBoard;
import vn.lienket.portal.web.Quarters;

/** {@code /board?quarter=2026-Q3}: where each province the user may see stands for the quarter. */
@Controller
public class BoardController {

    private final QuarterBoard board;
    private final AccessScope scope;

    public BoardController(QuarterBoard board, AccessScope scope) {
        this.board = board;
        this.scope = scope;
    }

    @GetMapping("/board")
    public String board(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String quarter, Model model) {
        Quarter period = Quarters.parse(quarter).orElseGet(board::reportingQuarter);
        model.addAttribute("quarter", period);
        model.addAttribute("deadline", board.deadline(period));
        model.addAttribute("standings", board.board(period, province -> scope.maySee(user, province)));
        model.addAttribute("quarters", Quarters.around(board.reportingQuarter()));
        return "board";
    }
}
