package vn.lienket.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.lienket.app.bench.BenchCommand;
import vn.lienket.app.demo.DemoCommand;

/**
 * The {@code lienket} command; each feature adds its sub-command to {@link Subcommand}.
 * <p>
 * They are not declared in the annotation: picocli would build the model of every one of them (a
 * reflective walk over each command class and the types of its fields) before running any, a
 * third of what {@code check} cost. {@link LienketCli} registers only the one named on the
 * command line; the usage help (and a mistyped name) gets their names and descriptions, which need
 * none of their classes, and the version none at all.
 */
@Command(name = "lienket",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public class LienketCommand {

    /**
     * The sub-commands, in the order the usage help lists them; the name of each is its
     * {@code @Command} name. Its class is loaded only when the command runs ({@link #type()}).
     */
    enum Subcommand {
        DB, TEMPLATE, CHECK, LOAD, SUBMISSIONS, BENCH, DEMO, REPLAY, SERVE, STATUS, RECIPIENTS, REPORT, AUDIT, ARCHIVE,
        RECONCILE, TRACE, USERS, DEADLINES;

        /** The word that names it on the command line. */
        String commandName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The command class: a class literal is loaded when this branch runs, not with this enum. */
        Class<?> type() {
            return switch (this) {
                case DB -> DbCommand.class;
                case TEMPLATE -> TemplateCommand.class;
                case CHECK -> CheckCommand.class;
                case LOAD -> LoadCommand.class;
                case SUBMISSIONS -> SubmissionsCommand.class;
                case BENCH -> BenchCommand.class;
                case DEMO -> DemoCommand.class;
                case REPLAY -> ReplayCommand.class;
                case SERVE -> ServeCommand.class;
                case STATUS -> StatusCommand.class;
                case RECIPIENTS -> RecipientsCommand.class;
                case REPORT -> ReportCommand.class;
                case AUDIT -> AuditCommand.class;
                case ARCHIVE -> ArchiveCommand.class;
                case RECONCILE -> ReconcileCommand.class;
                case TRACE -> TraceCommand.class;
                case USERS -> UsersCommand.class;
                case DEADLINES -> DeadlinesCommand.class;
            };
        }

        static Optional<Subcommand> named(String word) {
            return Arrays.stream(values()).filter(command -> command.commandName().equals(word)).findFirst();
        }
    }

    /** The option of this command that takes a value: the word after it is not a sub-command's name. */
    static final String LANGUAGE_OPTION = "--lang";

    /** Read before parsing ({@link Messages#forCommandLine}); declared here so every command accepts it. */
    @Option(names = LANGUAGE_OPTION, paramLabel = "vi|en", scope = ScopeType.INHERIT, descriptionKey = "lienket.lang")
    void language(String language) {
        if (!language.equalsIgnoreCase("vi") && !language.equalsIgnoreCase("en")) {
            throw new UnusableInputException("--lang " + language + ": vi | en");
        }
    }
}
