package vn.lienket.portal.web.operator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.portal.admin.ProgrammeTargets;
import vn.lienket.portal.board.QuarterBoard;

/** {@code /admin/targets}: the programme targets the scorecards' traffic lights measure against. */
@Controller
public class TargetsController {

    private final ProgrammeTargets targets;
    private final QuarterBoard board;
    private final MessageSource messages;

    public TargetsController(ProgrammeTargets targets, QuarterBoard board, MessageSource messages) {
        this.targets = targets;
        this.board = board;
        this.messages = messages;
    }

    @GetMapping("/admin/targets")
    public String list(Model model) {
        model.addAttribute("targets", targets.list());
        model.addAttribute("programmes", targets.programmes());
        model.addAttribute("kpis", targets.kpis());
        model.addAttribute("year", board.today().getYear());
        return "admin/targets";
    }

    @PostMapping("/admin/targets")
    public String set(@RequestParam String programme, @RequestParam String kpi, @RequestParam int year,
                      @RequestParam(required = false) Integer quarter, @RequestParam BigDecimal value,
                      RedirectAttributes redirect, Locale locale) {
        try {
            targets.set(programme, kpi, year, Optional.ofNullable(quarter), value);
            redirect.addFlashAttribute("messageKind", "ok");
            redirect.addFlashAttribute("message", messages.getMessage("targets.saved", new Object[] {programme, kpi,
                    quarter == null ? String.valueOf(year) : year + "-Q" + quarter}, locale));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("messageKind", "error");
            redirect.addFlashAttribute("message", messages.getMessage("targets.invalid", new Object[] {e.getMessage()}, locale));
        }
        return "redirect:/admin/targets";
    }
}
