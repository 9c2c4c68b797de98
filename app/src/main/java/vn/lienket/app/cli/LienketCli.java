package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.commons.logging.LogFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import vn.lienket.app.cli.LienketCommand.Subcommand;
import vn.lienket.app.home.InstallationHome;

/**
 * Entry point of the {@code lienket} command. Parses the command line with picocli and starts the
 * Spring application only for sub-commands that need the warehouse.
 */
public final class LienketCli {

    private final InstallationHome home;
    private final Consumer<SpringApplicationBuilder> applicationCustomizer;
    private final boolean processEndsAfterRun;

    public LienketCli(InstallationHome home, Consumer<SpringApplicationBuilder> applicationCustomizer) {
        this(home, applicationCustomizer, false);
    }

    private LienketCli(InstallationHome home, Consumer<SpringApplicationBuilder> applicationCustomizer, boolean processEndsAfterRun) {
        this.home = home;
        this.applicationCustomizer = applicationCustomizer;
        this.processEndsAfterRun = processEndsAfterRun;
    }

    public static void main(String[] args) {
        if (commandWord(args).filter(Subcommand.CHECK.commandName()::equals).isPresent()) {
            CheckInputs.readAhead();
        }
        if (logsNowhere(args)) {
            // --version, --help and check log nothing and never set logging up: the libraries that ask for a
            // logger (POI, Spring) get SLF4J's no-operation one instead of logback configured for nothing
            System.setProperty("slf4j.internal.verbosity", "WARN");
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        } else {
            // Commands that may start no application (template without a warehouse) log nothing until
            // Spring's logging setup, which lifts this when the application or the warehouse starts:
            // without it, logback's default would print debug lines on the console.
            // Spring logs through commons-logging, which would look for its implementation with a search of
            // the whole class path and start log4j-api to see whether log4j's SLF4J bridge is there (it is),
            // only to choose SLF4J: about 30 ms of a `submissions list`. It is named instead, unless the
            // operator names another.
            if (System.getProperty(LogFactory.FACTORY_PROPERTY) == null) {
                System.setProperty(LogFactory.FACTORY_PROPERTY, "org.apache.commons.logging.impl.Slf4jLogFactory");
            }
            LoggingSystem.get(LienketCli.class.getClassLoader()).beforeInitialize();
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(new LienketCli(InstallationHome.ofThisProcess(), ApplicationContextLauncher.NO_CUSTOMIZATION, true)
                .run(args, out, err));
    }

    /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        Messages messages = Messages.forCommandLine(args);
        try (ApplicationContextLauncher application = new ApplicationContextLauncher(home, applicationCustomizer)) {
            if (processEndsAfterRun) {
                application.processEndsAtClose();
            }
            CommandLine commandLine = new CommandLine(new LienketCommand(), new CommandFactory(application, messages));
            // before the settings below: picocli hands them to the sub-commands registered at the time
            subcommandsFor(args).forEach(commandLine::addSubcommand);
            commandLine.setResourceBundle(messages.bundle());
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
            commandLine.setExecutionExceptionHandler(new FailureReporter(messages));
            commandLine.setParameterExceptionHandler(new UsageErrorReporter(messages));
            return commandLine.execute(args);
        }
    }

    /**
     * The sub-command the line names (its first word that is neither an option nor the language
     * after {@code --lang}), as its class; none for the version; every sub-command otherwise, as the
     * usage help lists it (its name, its description from the bundle) without loading its class: the
     * help prints only that, and a mistyped name gets picocli's suggestions from the names.
     */
    static Map<String, Object> subcommandsFor(String[] args) {
        Optional<String> word = commandWord(args);
        if (word.isPresent()) {
            Optional<Subcommand> named = Subcommand.named(word.get());
            return named.isPresent() ? Map.of(word.get(), named.get().type()) : listing();
        }
        boolean version = Arrays.stream(args).anyMatch(arg -> arg.equals("-V") || arg.equals("--version"));
        boolean help = Arrays.stream(args).anyMatch(arg -> arg.equals("-h") || arg.equals("--help"));
        return version && !help ? Map.of() : listing();
    }

    /** The first word of the line that is neither an option nor the language after {@code --lang}. */
    static Optional<String> commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(LienketCommand.LANGUAGE_OPTION)) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return Optional.of(args[i]);
            }
        }
        return Optional.empty();
    }

    /** The line runs no command that logs: the version, the usage help, or {@code check}. */
    static boolean logsNowhere(String[] args) {
        return commandWord(args).map(word -> word.equals(Subcommand.CHECK.commandName())).orElse(true);
    }

    /** Each sub-command by name, in the help's order, as a bare specification that picocli's command list prints. */
    private static Map<String, Object> listing() {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (Subcommand command : Subcommand.values()) {
            byName.put(command.commandName(), CommandSpec.create().name(command.commandName()));
        }
        return byName;
    }
}
