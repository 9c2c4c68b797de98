package vn.lienket.workbook.read;

import java.math.BigDecimal;

/**
 * A non-blank cell as stored in the file: text exactly as typed (not yet cleaned), or a number
 * (dates are numbers, Excel serials), a boolean, or an error such as {@code #N/A}. {@code format}
 * is a number's Excel format ("dd/mm/yyyy", "#,##0.00"), present only when the source was opened
 * to copy formats; validation never needs it.
 */
public record CellValue(CellKind kind, String text, double number, String format) {

    public static CellValue text(String text) {
        return new CellValue(CellKind.TEXT, text, Double.NaN, null);
    }

    public static CellValue number(double number) {
        return new CellValue(CellKind.NUMBER, null, number, null);
    }

    public static CellValue number(double number, String format) {
        return new CellValue(CellKind.NUMBER, null, number, format);
    }

    public static CellValue bool(boolean value) {
        return new CellValue(CellKind.BOOLEAN, Boolean.toString(value), Double.NaN, null);
    }

    public static CellValue error(String code) {
        return new CellValue(CellKind.ERROR, code, Double.NaN, null);
    }

    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }

    /** The value as a user would read it: numbers without exponent or trailing ".0". */
    public String display() {
        if (kind != CellKind.NUMBER) {
            return text;
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** Blank text (spaces only) counts as a blank cell. */
    public boolean isBlank() {
        return kind == CellKind.TEXT && text.isBlank();
    }
}
