package vn.lienket.workbook.read;

/** The file cannot be read as a workbook; {@link #reason()} says why in terms a user can act on. */
public class UnreadableWorkbookException extends RuntimeException {

    private final UnreadableReason reason;

    public UnreadableWorkbookException(UnreadableReason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public UnreadableReason reason() {
        return reason;
    }
}
