package vn.lienket.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one readable line for the user (the stack trace goes
 * to the log file) and the documented exit code.
 */
class FailureReporter implements CommandLine.IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FailureReporter.class);

    private final Messages messages;

    FailureReporter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        log.info("Command failed: {}", String.join(" ", parseResult.originalArgs()), failure);
        commandLine.getErr().println(messages.get("error.prefix") + " " + rootMessage(failure));
        return ExitCodes.forException(failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return failure == cause || failure.getMessage() == null ? message : failure.getMessage();
    }
}
