package vn.lienket.workbook.read;

import java.math.BigDecimal;

/**
 * A non-blank cell as stored in the file: text exactly as typed (not yet cleaned), or a number
 * (dates are numbers, Excel serials), a boolean, or an error such as {@code #N/A}. {@code format}
 * is a number's Excel format ("dd/mm/yyyy", "#,##0.00"), present only when the source was opened
 * to copy formats; validation never needs it.
 */
public record CellValue(CellKind kind, String text, double number, String format) {

    /**
     * Below this, a whole number's {@link Double#toString} is its digits and ".0", so its decimal
     * can be built from a long instead of from that text (checks read a million numbers per sheet).
     */
    private static final double EXACT_WHOLE_LIMIT = 1e7;

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
        if (isSmallWholeNumber()) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /**
     * A number cell's value exactly as {@link BigDecimal#valueOf(double)} gives it, scale included
     * (10 is 10.0): typed rows and messages depend on that scale.
     */
    public BigDecimal decimal() {
        if (isSmallWholeNumber()) {
            return BigDecimal.valueOf((long) number * 10, 1);
        }
        return BigDecimal.valueOf(number);
    }

    private boolean isSmallWholeNumber() {
        return number == Math.rint(number) && Math.abs(number) < EXACT_WHOLE_LIMIT;
    }

    /** Blank text (spaces only) counts as a blank cell. */
    public boolean isBlank() {
        return kind == CellKind.TEXT && text.isBlank();
    }
}
