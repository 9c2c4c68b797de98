package vn.lienket.app.cli;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import vn.lienket.app.database.WarehouseMissingException;

/**
 * Turns an exception escaping a command into one readable line for the user and the documented exit
 * code. Expected user errors (unusable input, no warehouse where the installation keeps it) are
 * logged as that one line; anything else goes to the log file with its stack trace.
 */
class FailureReporter implements CommandLine.IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FailureReporter.class);

    private final Messages messages;

    FailureReporter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String command = String.join(" ", parseResult.originalArgs());
        Optional<WarehouseMissingException> noWarehouse = cause(failure, WarehouseMissingException.class);
        String message = noWarehouse
                .map(missing -> messages.get("warehouse.missing", missing.expectedDirectory()))
                .orElseGet(() -> rootMessage(failure));
        if (noWarehouse.isPresent() || failure instanceof UnusableInputException) {
            log.info("Command refused: {}: {}", command, message);
        } else {
            log.info("Command failed: {}", command, failure);
        }
        commandLine.getErr().println(messages.get("error.prefix") + " " + message);
        return ExitCodes.forException(failure);
    }

    /** The first exception of {@code type} in the chain of causes of {@code failure}, itself included. */
    static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
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
