package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.lienket.domain.ProvinceId;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.users.AccountScope;
import vn.lienket.portal.users.NewUser;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.portal.users.ScopeChange;
import vn.lienket.portal.users.UserAccount;
import vn.lienket.portal.users.UserRefusedException;

/**
 * {@code lienket users add|list|disable|enable|token}: the portal's accounts. The password of a new account
 * is never an argument ({@link PasswordInput}); a submitter's province must exist in its era.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
                UsersCommand.Enable.class, UsersCommand.Token.class, UsersCommand.Scope.class})
class UsersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true)
    static class Add extends WarehouseCommand {

        @Option(names = "--username", required = true, paramLabel = "U", descriptionKey = "lienket.users.username")
        private String username;
        @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "lienket.users.role")
        private String role;
        @Mixin
        private ScopeOptions scopeOptions;

        private NewUser user;

        Add(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected void checkInput() {
            PortalRole parsedRole = parse(() -> PortalRole.ofCode(role));
            user = new NewUser(username, parsedRole, scopeOptions.province(), scopeOptions.programmes(), scopeOptions.provinces());
        }

        @Override
        protected boolean createsWarehouse() {
            return true;
        }

        @Override
        protected int run(PrintWriter out) {
            char[] password = PasswordInput.read(messages, System.getenv());
            try {
                UserAccount account = refusalsAsInput(messages, () -> bean(PortalUsers.class).add(user, new String(password)));
                out.println(messages.get("users.added", account.username(), account.user().role().code(), scope(account.user())));
                return ExitCodes.SUCCESS;
            } finally {
                Arrays.fill(password, ' ');
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListUsers extends WarehouseCommand {

        ListUsers(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            List<UserAccount> accounts = bean(PortalUsers.class).list();
            SummaryTable table = new SummaryTable(messages.get("users.table.header").split("\\|"));
            accounts.forEach(account -> table.row(account.username(), account.user().role().code(), scope(account.user()),
                    messages.get(account.enabled() ? "users.enabled" : "users.disabledState"),
                    account.lockedUntil().map(Object::toString).orElse("")));
            table.print(out);
            out.println(messages.get("users.count", accounts.size()));
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true)
    static class Disable extends WarehouseCommand {

        @Option(names = "--username", required = true, paramLabel = "U", descriptionKey = "lienket.users.username")
        private String username;

        Disable(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            boolean disabled = bean(PortalUsers.class).disable(username);
            out.println(messages.get(disabled ? "users.disabled" : "users.notEnabled", username));
            return disabled ? ExitCodes.SUCCESS : ExitCodes.REJECTED;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true)
    static class Enable extends WarehouseCommand {

        @Option(names = "--username", required = true, paramLabel = "U", descriptionKey = "lienket.users.username")
        private String username;

        Enable(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            boolean enabled = bean(PortalUsers.class).enable(username);
            out.println(messages.get(enabled ? "users.enabledAgain" : "users.notDisabled", username));
            return enabled ? ExitCodes.SUCCESS : ExitCodes.REJECTED;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true)
    static class Token extends WarehouseCommand {

        @Option(names = "--username", required = true, paramLabel = "U", descriptionKey = "lienket.users.username")
        private String username;

        Token(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            String token = refusalsAsInput(messages, () -> bean(PortalUsers.class).issueToken(username));
            out.println(messages.get("users.token", username));
            out.println(token);
            return ExitCodes.SUCCESS;
        }
    }

    /**
     * {@code users scope --username U (--province P34:68 | --programme HCMC_TN… [--provinces P34:66,…])}: the account's
     * whole new scope, with the options of {@code users add}; its sessions and tokens follow at their next request.
     */
    @Command(name = "scope", mixinStandardHelpOptions = true)
    static class Scope extends WarehouseCommand {

        @Option(names = "--username", required = true, paramLabel = "U", descriptionKey = "lienket.users.username")
        private String username;
        @Mixin
        private ScopeOptions scopeOptions;

        private AccountScope scope;

        Scope(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected void checkInput() {
            if (scopeOptions.none()) {
                throw new UnusableInputException(messages.get("users.scope.nothing"));
            }
            scope = scopeOptions.scope();
        }

        @Override
        protected int run(PrintWriter out) {
            ScopeChange change = refusalsAsInput(messages, () -> bean(PortalUsers.class)
                    .changeScope(username, scope, WarehouseCommand.operator()));
            out.println(change.changed()
                    ? messages.get("users.scope.changed", change.after().username(), scope(change.before().user()), scope(change.after().user()))
                    : messages.get("users.scope.unchanged", change.after().username(), scope(change.after().user())));
            return ExitCodes.SUCCESS;
        }
    }

    /** What an account may see, as {@code users add} and {@code users scope} take it. */
    static class ScopeOptions {

        @Option(names = "--province", paramLabel = "P34:68", descriptionKey = "lienket.users.province")
        private String province;
        @Option(names = "--programme", paramLabel = "HCMC_TN", descriptionKey = "lienket.users.programme")
        private List<String> programmes = new ArrayList<>();
        @Option(names = "--provinces", paramLabel = "P34:68,…", split = ",", descriptionKey = "lienket.users.provinces")
        private List<String> provinces = new ArrayList<>();

        boolean none() {
            return province == null && programmes.isEmpty() && provinces.isEmpty();
        }

        Optional<ProvinceId> province() {
            return Optional.ofNullable(province).map(text -> WarehouseCommand.parse(() -> ProvinceId.parse(text)));
        }

        /** The programmes in the order given. */
        Set<String> programmes() {
            return new LinkedHashSet<>(programmes);
        }

        /** The provinces in the order given. */
        Set<ProvinceId> provinces() {
            return provinces.stream().map(text -> WarehouseCommand.parse(() -> ProvinceId.parse(text)))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        AccountScope scope() {
            return new AccountScope(province(), programmes(), provinces());
        }
    }

    /** The scope as the list shows it: the province, or the programmes and provinces. */
    static String scope(PortalUser user) {
        return AccountScope.of(user).text();
    }

    /** An account refused by the warehouse's rules (unknown province, name taken…) is unusable input: exit 2. */
    private static <T> T refusalsAsInput(Messages messages, Supplier<T> action) {
        try {
            return action.get();
        } catch (UserRefusedException e) {
            throw new UnusableInputException(messages.get(e.messageKey(), e.arguments()));
        }
    }
}
