package vn.lienket.portal.web.operator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lienket.deadline.DeadlineProperties;
import vn.lienket.domain.Quarter;
import vn.lienket.portal.board.QuarterBoard;
import vn.lienket.portal.web.Quarters;

/**
 * {@code /admin/deadlines}: the deadline rule and the coming and recent quarters' deadlines. The rule is
 * installation configuration ({@code lienket.deadline.*}), read by the scheduler at start, so the page shows it
 * and says where it is set rather than changing it underneath a running schedule.
 */
@Controller
public class DeadlinesController {

    private final QuarterBoard board;
    private final DeadlineProperties deadlines;

    public DeadlinesController(QuarterBoard board, DeadlineProperties deadlines) {
        this.board = board;
        this.deadlines = deadlines;
    }

    @GetMapping("/admin/deadlines")
    public String deadlines(Model model) {
        Map<Quarter, LocalDate> byQuarter = new LinkedHashMap<>();
        Quarters.around(board.reportingQuarter()).forEach(q -> byQuarter.put(q, board.deadline(q)));
        model.addAttribute("daysAfterQuarterEnd", deadlines.daysAfterQuarterEnd());
        model.addAttribute("remindDaysBefore", deadlines.remindDaysBefore().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")));
        model.addAttribute("deadlines", byQuarter.entrySet());
        return "admin/deadlines";
    }
}
