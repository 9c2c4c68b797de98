package vn.lienket.portal.web.account;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.portal.users.UserRefusedException;

/**
 * {@code /account/password}: every signed-in person changes their own password (the current one, the new one twice),
 * for instance the random one an operator passed on. The change is in the audit log ('password-changed', by trigger).
 */
@Controller
public class PasswordController {

    private final PortalUsers users;
    private final MessageSource messages;

    public PasswordController(PortalUsers users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    public String form() {
        return "account/password";
    }

    @PostMapping("/account/password")
    public String change(@AuthenticationPrincipal PortalUser user, @RequestParam String current, @RequestParam String password,
                         @RequestParam String passwordAgain, RedirectAttributes redirect, Locale locale) {
        String message;
        boolean changed = false;
        if (!password.equals(passwordAgain)) {
            message = messages.getMessage("users.passwordMismatch", null, locale);
        } else {
            try {
                users.changePassword(user.username(), current, password);
                message = messages.getMessage("account.password.changed", null, locale);
                changed = true;
            } catch (UserRefusedException e) {
                message = messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale);
            }
        }
        redirect.addFlashAttribute("messageKind", changed ? "ok" : "error");
        redirect.addFlashAttribute("message", message);
        return "redirect:/account/password";
    }
}
