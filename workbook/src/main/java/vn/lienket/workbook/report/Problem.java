package vn.lienket.workbook.report;

/**
 * One finding. {@code cell} is the reference a user types into Excel's Name Box, e.g.
 * {@code DuAn!F12}; for a whole sheet or row it is {@code DuAn} or {@code DuAn!12:12}.
 * {@code row} is 1-based (0 = the whole sheet), {@code column} 0-based (-1 = the whole row).
 */
public record Problem(
        String sheet,
        String cell,
        int row,
        int column,
        String code,
        Severity severity,
        String value,
        String messageVi,
        String messageEn) {
}
