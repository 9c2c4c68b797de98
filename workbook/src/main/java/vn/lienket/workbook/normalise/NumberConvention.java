package vn.lienket.workbook.normalise;

/** How a workbook writes numbers as text: "1.234,5" (Vietnamese) or "1,234.5" (English). */
public enum NumberConvention {
    VIETNAMESE('.', ','), ENGLISH(',', '.');

    private final char grouping;
    private final char decimal;

    NumberConvention(char grouping, char decimal) {
        this.grouping = grouping;
        this.decimal = decimal;
    }

    public char grouping() {
        return grouping;
    }

    public char decimal() {
        return decimal;
    }

    static NumberConvention withDecimal(char separator) {
        return separator == ',' ? VIETNAMESE : ENGLISH;
    }

    static NumberConvention withGrouping(char separator) {
        return separator == '.' ? VIETNAMESE : ENGLISH;
    }
}
