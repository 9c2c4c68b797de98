package vn.lienket.scorecard;

/** Where a member province's workbook for the quarter stands. */
public enum SubmissionStatus {
    ON_TIME,
    LATE,
    MISSING,
    REJECTED
}
