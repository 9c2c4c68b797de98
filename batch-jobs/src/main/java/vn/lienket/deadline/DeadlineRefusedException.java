package vn.lienket.deadline;

import java.util.Arrays;

/** A deadline that cannot be set as asked. The message key and arguments are for the caller's bundle. */
public class DeadlineRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DeadlineRefusedException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A key of the command line's and the portal's bundles, e.g. {@code deadlines.outOfRange}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
