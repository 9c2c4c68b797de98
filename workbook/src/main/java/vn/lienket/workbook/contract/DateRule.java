package vn.lienket.workbook.contract;

/** Where a date must fall relative to the reporting quarter. */
public enum DateRule {
    NONE, NOT_AFTER_QUARTER_END, WITHIN_QUARTER
}
