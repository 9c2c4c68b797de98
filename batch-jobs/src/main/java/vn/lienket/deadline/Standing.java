package vn.lienket.deadline;

import java.util.Locale;

/** Where a member province stands for a quarter, as the scorecard and {@code lienket status} show it. */
public enum Standing {
    /** A valid workbook arrived by the deadline. */
    ON_TIME,
    /** A valid workbook arrived after the deadline. */
    LATE,
    /** Only rejected workbooks so far. */
    REJECTED,
    /** Nothing arrived and the deadline has passed. */
    MISSING,
    /** Nothing arrived yet; the deadline has not passed. */
    AWAITED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
