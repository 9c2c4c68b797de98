package vn.lienket.portal.web.operator;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.distribution.DistributionList;
import vn.lienket.distribution.Recipients;

/** {@code /admin/recipients}: who receives rejection notices, reminders and scorecards, as {@code lienket recipients} keeps them. */
@Controller
public class RecipientsController {

    private final Recipients recipients;
    private final MessageSource messages;

    public RecipientsController(Recipients recipients, MessageSource messages) {
        this.recipients = recipients;
        this.messages = messages;
    }

    @GetMapping("/admin/recipients")
    public String list(Model model) {
        model.addAttribute("recipients", recipients.list(Optional.empty()));
        return "admin/recipients";
    }

    @PostMapping("/admin/recipients")
    public String add(@RequestParam String list, @RequestParam String email, @RequestParam(required = false) String name,
                      RedirectAttributes redirect, Locale locale) {
        try {
            DistributionList target = DistributionList.parse(list);
            boolean added = recipients.add(target, email, Optional.ofNullable(name).filter(n -> !n.isBlank()));
            flash(redirect, "ok", messages.getMessage(added ? "recipients.added" : "recipients.already",
                    new Object[] {email.trim(), target}, locale));
        } catch (IllegalArgumentException e) {
            flash(redirect, "error", messages.getMessage("recipients.invalid", new Object[] {e.getMessage()}, locale));
        }
        return "redirect:/admin/recipients";
    }

    @PostMapping("/admin/recipients/remove")
    public String remove(@RequestParam String list, @RequestParam String email, RedirectAttributes redirect, Locale locale) {
        try {
            DistributionList target = DistributionList.parse(list);
            if (recipients.remove(target, email)) {
                flash(redirect, "ok", messages.getMessage("recipients.removed", new Object[] {email.trim(), target}, locale));
            }
        } catch (IllegalArgumentException e) {
            flash(redirect, "error", messages.getMessage("recipients.invalid", new Object[] {e.getMessage()}, locale));
        }
        return "redirect:/admin/recipients";
    }

    private static void flash(RedirectAttributes redirect, String kind, String message) {
        redirect.addFlashAttribute("messageKind", kind);
        redirect.addFlashAttribute("message", message);
    }
}
