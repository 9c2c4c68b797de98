package vn.lienket.portal.web.operator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lienket.domain.ProvinceId;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.users.AccountScope;
import vn.lienket.portal.users.NewUser;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.portal.users.ScopeChange;
import vn.lienket.portal.users.UserRefusedException;

/**
 * {@code /admin/users}: the accounts and their scopes, as {@code lienket users} keeps them. A new account gets a
 * random password shown once on the next page (the operator passes it on; nothing else ever shows it again). A
 * submitter's province or a leader's programmes and provinces are changed in place ({@code /admin/users/scope}).
 */
@Controller
public class UsersController {

    private final PortalUsers users;
    private final MessageSource messages;

    public UsersController(PortalUsers users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    public String list(Model model) {
        model.addAttribute("accounts", users.list());
        model.addAttribute("roles", PortalRole.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    public String add(@RequestParam String username, @RequestParam String role,
                      @RequestParam(required = false) String province, @RequestParam(required = false) String programmes,
                      @RequestParam(required = false) String provinces, RedirectAttributes redirect, Locale locale) {
        try {
            NewUser user = new NewUser(username.trim(), PortalRole.ofCode(role),
                    Optional.ofNullable(province).filter(p -> !p.isBlank()).map(ProvinceId::parse),
                    words(programmes).collect(Collectors.toSet()),
                    words(provinces).map(ProvinceId::parse).collect(Collectors.toSet()));
            PortalUsers.CreatedUser created = users.addWithRandomPassword(user);
            flash(redirect, "ok", messages.getMessage("users.page.added", new Object[] {created.account().username()}, locale));
            redirect.addFlashAttribute("newPassword", created.password());
        } catch (UserRefusedException e) {
            flash(redirect, "error", messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale));
        } catch (IllegalArgumentException e) {
            flash(redirect, "error", messages.getMessage("users.page.invalid", new Object[] {e.getMessage()}, locale));
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/disable")
    public String disable(@RequestParam String username, RedirectAttributes redirect, Locale locale) {
        boolean disabled = users.disable(username);
        flash(redirect, disabled ? "ok" : "error",
                messages.getMessage(disabled ? "users.page.disabled" : "users.unknown", new Object[] {username}, locale));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/enable")
    public String enable(@RequestParam String username, RedirectAttributes redirect, Locale locale) {
        boolean enabled = users.enable(username);
        flash(redirect, enabled ? "ok" : "error",
                messages.getMessage(enabled ? "users.page.enabledAgain" : "users.notDisabled", new Object[] {username}, locale));
        return "redirect:/admin/users";
    }

    /**
     * The account's whole new scope: {@code province} for a submitter, {@code programmes} and {@code provinces} for a
     * leader (the fields of the add form). Its sessions and tokens see it from their next request.
     */
    @PostMapping("/admin/users/scope")
    public String scope(@AuthenticationPrincipal PortalUser operator, @RequestParam String username,
                        @RequestParam(required = false) String province, @RequestParam(required = false) String programmes,
                        @RequestParam(required = false) String provinces, RedirectAttributes redirect, Locale locale) {
        try {
            AccountScope scope = new AccountScope(
                    Optional.ofNullable(province).filter(p -> !p.isBlank()).map(p -> ProvinceId.parse(p.strip())),
                    words(programmes).collect(Collectors.toSet()),
                    words(provinces).map(ProvinceId::parse).collect(Collectors.toSet()));
            ScopeChange change = users.changeScope(username, scope, operator.username());
            String before = AccountScope.of(change.before().user()).text();
            String after = AccountScope.of(change.after().user()).text();
            flash(redirect, "ok", change.changed()
                    ? messages.getMessage("users.scope.changed", new Object[] {change.after().username(), before, after}, locale)
                    : messages.getMessage("users.scope.unchanged", new Object[] {change.after().username(), after}, locale));
        } catch (UserRefusedException e) {
            flash(redirect, "error", messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale));
        } catch (IllegalArgumentException e) {
            flash(redirect, "error", messages.getMessage("users.scope.invalid", new Object[] {e.getMessage()}, locale));
        }
        return "redirect:/admin/users";
    }

    private static java.util.stream.Stream<String> words(String text) {
        return text == null ? java.util.stream.Stream.empty()
                : Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(w -> !w.isEmpty());
    }

    private static void flash(RedirectAttributes redirect, String kind, String message) {
        redirect.addFlashAttribute("messageKind", kind);
        redirect.addFlashAttribute("message", message);
    }
}
