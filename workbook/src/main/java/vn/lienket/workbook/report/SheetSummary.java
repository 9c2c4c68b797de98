package vn.lienket.workbook.report;

/** Counts for one sheet: every non-blank data row is either a fact row or has at least one error. */
public record SheetSummary(
        String sheet,
        String key,
        long rowsRead,
        long factRows,
        long rejectedRows,
        long skippedRows,
        long errors,
        long warnings,
        long infos) {
}
