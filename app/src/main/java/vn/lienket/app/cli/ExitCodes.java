package vn.lienket.app.cli;

import vn.lienket.app.database.WarehouseMissingException;

/**
 * The exit codes scripts rely on: 0 success, 1 the input was rejected or a check failed,
 * 2 unusable input or usage.
 */
public final class ExitCodes {

    public static final int SUCCESS = 0;
    public static final int REJECTED = 1;
    public static final int UNUSABLE_INPUT = 2;

    private ExitCodes() {
    }

    static int forException(Throwable failure) {
        return failure instanceof UnusableInputException || failure instanceof picocli.CommandLine.ParameterException
                || FailureReporter.cause(failure, WarehouseMissingException.class).isPresent()
                ? UNUSABLE_INPUT : REJECTED;
    }
}
