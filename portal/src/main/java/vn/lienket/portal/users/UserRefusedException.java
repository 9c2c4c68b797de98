package vn.lienket.portal.users;

/**
 * An account that cannot be created or changed as asked (unknown province or programme, a submitter
 * without a province, a name already taken). The message key and arguments are for the caller's bundle.
 */
public class UserRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserRefusedException(String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A key of the command line's and the portal's bundles, e.g. {@code users.provinceUnknown}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
