package vn.lienket.workbook.report;

/**
 * ERROR rejects the submission; WARNING is loaded but shown; INFO names a row that was read but
 * deliberately not loaded (a totals row, a header numbering row) so that nothing disappears silently.
 */
public enum Severity {
    ERROR, WARNING, INFO
}
