package vn.lienket.portal.upload;

/** An upload refused before it reaches the intake: nothing is archived or registered. */
public class UploadRefusedException extends RuntimeException {

    /** Why, each with the HTTP status the API answers. */
    public enum Reason {
        EMPTY(400), TOO_LARGE(413), NOT_A_WORKBOOK(415);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The key of the portal's message bundle, e.g. {@code upload.refused.too-large}. */
        public String messageKey() {
            return "upload.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public UploadRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
