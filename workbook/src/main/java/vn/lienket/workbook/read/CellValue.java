package vn.lienket.workbook.read;

import java.math.BigDecimal;

/**
 * A non-blank cell as stored in the file: text exactly as typed (not yet cleaned), or a number
 * (dates are numbers, Excel serials), a boolean, or an error such as {@code #N/A}.
 */
public record CellValue(CellKind kind, String text, double number) {

    public static CellValue text(String text) {
        return new CellValue(CellKind.TEXT, text, Double.NaN);
    }

    public static CellValue number(double number) {
        return new CellValue(CellKind.NUMBER, null, number);
    }

    public static CellValue bool(boolean value) {
        return new CellValue(CellKind.BOOLEAN, Boolean.toString(value), Double.NaN);
    }

    public static CellValue error(String code) {
        return new CellValue(CellKind.ERROR, code, Double.NaN);
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
