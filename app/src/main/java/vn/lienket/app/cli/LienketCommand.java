package vn.lienket.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.lienket.app.bench.BenchCommand;
import vn.lienket.app.demo.DemoCommand;

/**
 * The {@code lienket} command; each feature adds its sub-command to {@link #SUBCOMMANDS}.
 * <p>
 * They are not declared in the annotation: picocli would build the model of every one of them (a
 * reflective walk over each command class and the types of its fields) before running any, a
 * third of what {@code check} cost. {@link LienketCli} registers only the one named on the
 * command line, and all of them when none is (usage help, a mistyped name).
 */
@Command(name = "lienket",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public class LienketCommand {

    /** The sub-commands by name, in the order the usage help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(DbCommand.class, TemplateCommand.class, CheckCommand.class,
            LoadCommand.class, SubmissionsCommand.class, BenchCommand.class, DemoCommand.class, ReplayCommand.class,
            ServeCommand.class, StatusCommand.class, RecipientsCommand.class, ReportCommand.class, AuditCommand.class,
            ArchiveCommand.class, ReconcileCommand.class, TraceCommand.class, UsersCommand.class, DeadlinesCommand.class);

    /** The option of this command that takes a value: the word after it is not a sub-command's name. */
    static final String LANGUAGE_OPTION = "--lang";

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return byName;
    }

    /** Read before parsing ({@link Messages#forCommandLine}); declared here so every command accepts it. */
    @Option(names = LANGUAGE_OPTION, paramLabel = "vi|en", scope = ScopeType.INHERIT, descriptionKey = "lienket.lang")
    void language(String language) {
        if (!language.equalsIgnoreCase("vi") && !language.equalsIgnoreCase("en")) {
            throw new UnusableInputException("--lang " + language + ": vi | en");
        }
    }
}
