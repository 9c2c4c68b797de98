package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import picocli.CommandLine;
import vn.lienket.app.home.InstallationHome;

/**
 * Entry point of the {@code lienket} command. Parses the command line with picocli and starts the
 * Spring application only for sub-commands that need the warehouse.
 */
public final class LienketCli {

    private final InstallationHome home;
    private final Consumer<SpringApplicationBuilder> applicationCustomizer;

    public LienketCli(InstallationHome home, Consumer<SpringApplicationBuilder> applicationCustomizer) {
        this.home = home;
        this.applicationCustomizer = applicationCustomizer;
    }

    public static void main(String[] args) {
        // Commands that start no application (check, template without a warehouse, --help) log nothing:
        // without this, logback's default would print debug lines on the console. Spring's logging
        // setup lifts it when a command starts the application.
        LoggingSystem.get(LienketCli.class.getClassLoader()).beforeInitialize();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(new LienketCli(InstallationHome.ofThisProcess(), ApplicationContextLauncher.NO_CUSTOMIZATION).run(args, out, err));
    }

    /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        Messages messages = Messages.forCommandLine(args);
        try (ApplicationContextLauncher application = new ApplicationContextLauncher(home, applicationCustomizer)) {
            CommandLine commandLine = new CommandLine(new LienketCommand(), new CommandFactory(application, messages));
            // before the settings below: picocli hands them to the sub-commands registered at the time
            subcommandsFor(args).forEach(commandLine::addSubcommand);
            commandLine.setResourceBundle(messages.bundle());
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
            commandLine.setExecutionExceptionHandler(new FailureReporter(messages));
            return commandLine.execute(args);
        }
    }

    /**
     * The sub-command the line names (its first word that is neither an option nor the language
     * after {@code --lang}); none for the version; every sub-command otherwise: the usage help lists
     * them and a mistyped name gets picocli's suggestions.
     */
    static Map<String, Class<?>> subcommandsFor(String[] args) {
        boolean version = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(LienketCommand.LANGUAGE_OPTION)) {
                i++;
            } else if (!arg.startsWith("-")) {
                Class<?> named = LienketCommand.SUBCOMMANDS.get(arg);
                return named != null ? Map.of(arg, named) : LienketCommand.SUBCOMMANDS;
            } else {
                version |= arg.equals("-V") || arg.equals("--version");
                help |= arg.equals("-h") || arg.equals("--help");
            }
        }
        return version && !help ? Map.of() : LienketCommand.SUBCOMMANDS;
    }
}
