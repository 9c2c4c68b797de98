package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine;

/**
 * Entry point of the {@code lienket} command. Parses the command line with picocli and starts the
 * Spring application only for sub-commands that need the warehouse.
 */
public final class LienketCli {

    private final Consumer<SpringApplicationBuilder> applicationCustomizer;

    public LienketCli(Consumer<SpringApplicationBuilder> applicationCustomizer) {
        this.applicationCustomizer = applicationCustomizer;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(new LienketCli(builder -> { }).run(args, out, err));
    }

    /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        Messages messages = Messages.forConfiguredLanguage();
        try (ApplicationContextLauncher application = new ApplicationContextLauncher(applicationCustomizer)) {
            CommandLine commandLine = new CommandLine(new LienketCommand(), new CommandFactory(application, messages));
            commandLine.setResourceBundle(messages.bundle());
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
            commandLine.setExecutionExceptionHandler(new FailureReporter(messages));
            return commandLine.execute(args);
        }
    }
}
