package vn.lienket.portal.web.operator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.deadline.DeadlinePolicy;
import vn.lienket.deadline.DeadlineRefusedException;
import vn.lienket.deadline.QuarterDeadlines;
import vn.lienket.deadline.QuarterDeadlines.SetDeadline;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.board.QuarterBoard;
import vn.lienket.portal.web.Quarters;

/**
 * {@code /admin/deadlines}: the deadline rule (installation configuration, {@code lienket.deadline.*}), the coming
 * and recent quarters' deadlines, and the form that sets one quarter's deadline with its reason
 * ({@link QuarterDeadlines}: the board, the reminders, late marking and {@code lienket status} follow it), and the
 * button beside a set deadline that removes it, so that the rule applies again.
 */
@Controller
public class DeadlinesController {

    private final QuarterBoard board;
    private final QuarterDeadlines deadlines;
    private final MessageSource messages;

    public DeadlinesController(QuarterBoard board, QuarterDeadlines deadlines, MessageSource messages) {
        this.board = board;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @GetMapping("/admin/deadlines")
    public String deadlines(Model model) {
        DeadlinePolicy policy = deadlines.policy();
        Map<Quarter, SetDeadline> set = deadlines.list().stream()
                .collect(Collectors.toMap(SetDeadline::quarter, Function.identity()));
        List<Row> rows = new ArrayList<>();
        Quarter reporting = board.reportingQuarter();
        Quarters.around(reporting).forEach(q -> rows.add(new Row(q, policy.deadline(q), policy.ruleDeadline(q),
                Optional.ofNullable(set.get(q)))));
        model.addAttribute("daysAfterQuarterEnd", policy.daysAfterQuarterEnd());
        model.addAttribute("remindDaysBefore", policy.remindDaysBefore().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")));
        model.addAttribute("deadlines", rows);
        model.addAttribute("reportingQuarter", reporting);
        return "admin/deadlines";
    }

    @PostMapping("/admin/deadlines")
    public String set(@AuthenticationPrincipal PortalUser user, @RequestParam String quarter, @RequestParam String deadline,
                      @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        String message;
        boolean saved = false;
        try {
            SetDeadline done = deadlines.set(Quarter.parse(quarter.strip()), LocalDate.parse(deadline.strip()), reason,
                    user.username());
            message = messages.getMessage("deadlines.saved", new Object[] {done.quarter(),
                    VietnameseDates.DAY.format(done.deadline())}, locale);
            saved = true;
        } catch (DeadlineRefusedException e) {
            message = messages.getMessage(e.messageKey(), e.arguments(), locale);
        } catch (DateTimeParseException e) {
            message = messages.getMessage("deadlines.invalidDate", new Object[] {deadline}, locale);
        } catch (IllegalArgumentException e) {
            message = messages.getMessage("quarter.invalid", new Object[] {quarter}, locale);
        }
        redirect.addFlashAttribute("messageKind", saved ? "ok" : "error");
        redirect.addFlashAttribute("message", message);
        return "redirect:/admin/deadlines";
    }

    /** Removes the deadline set for a quarter: the rule's date applies to it again ({@link QuarterDeadlines#remove}). */
    @PostMapping("/admin/deadlines/remove")
    public String remove(@AuthenticationPrincipal PortalUser user, @RequestParam String quarter, RedirectAttributes redirect,
                         Locale locale) {
        String message;
        boolean removed = false;
        try {
            Quarter period = Quarter.parse(quarter.strip());
            Optional<SetDeadline> done = deadlines.remove(period, user.username());
            String rule = VietnameseDates.DAY.format(deadlines.policy().ruleDeadline(period));
            removed = done.isPresent();
            message = removed
                    ? messages.getMessage("deadlines.removed", new Object[] {period, VietnameseDates.DAY.format(done.get().deadline()), rule}, locale)
                    : messages.getMessage("deadlines.noneSet", new Object[] {period, rule}, locale);
        } catch (IllegalArgumentException e) {
            message = messages.getMessage("quarter.invalid", new Object[] {quarter}, locale);
        }
        redirect.addFlashAttribute("messageKind", removed ? "ok" : "error");
        redirect.addFlashAttribute("message", message);
        return "redirect:/admin/deadlines";
    }

    /** One quarter's line: its deadline, the rule's, and the one set for it with reason and author, if any. */
    public record Row(Quarter quarter, LocalDate deadline, LocalDate ruleDeadline, Optional<SetDeadline> set) {
    }
}
