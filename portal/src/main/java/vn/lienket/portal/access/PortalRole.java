package vn.lienket.portal.access;

/**
 * What a portal user is there to do. A user has exactly one role; the scope that goes with it (a
 * province for a submitter, programmes and provinces for a leader) is in {@link PortalUser}.
 */
public enum PortalRole {
    /** A provincial department: uploads its province's workbooks and sees its province's history. */
    SUBMITTER,
    /** Leadership: the scorecards of their programmes and provinces, the quarter's submission board. */
    LEADER,
    /** Read-only: every submission, the archived original bytes, the audit log. */
    AUDITOR,
    /** Runs the installation: users and their scopes, recipients, programme targets, deadlines. */
    OPERATOR;

    /** The name written in the warehouse and on the command line ({@code submitter}, …). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PortalRole ofCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
