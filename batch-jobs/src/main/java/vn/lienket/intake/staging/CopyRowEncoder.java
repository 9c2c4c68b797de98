package vn.lienket.intake.staging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Encodes rows in PostgreSQL's {@code COPY ... FROM STDIN} text format: tab-separated, {@code \N}
 * for null, backslash escapes for the characters that would break a line. Workbook text may hold
 * any of them (a name with a tab pasted from Word, a multi-line cell).
 */
public final class CopyRowEncoder {

    private final StringBuilder line = new StringBuilder(256);
    private boolean firstField = true;

    /** Appends one field of the current row. */
    public CopyRowEncoder field(Object value) {
        if (!firstField) {
            line.append('\t');
        }
        firstField = false;
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof BigDecimal decimal) {
            line.append(decimal.toPlainString());
        } else if (value instanceof LocalDate date) {
            line.append(date);
        } else if (value instanceof Collection<?> values) {
            appendArray(values);
        } else {
            appendEscaped(value.toString());
        }
        return this;
    }

    /** Ends the current row and returns it, newline included; the encoder is ready for the next. */
    public String endRow() {
        line.append('\n');
        String row = line.toString();
        line.setLength(0);
        firstField = true;
        return row;
    }

    private void appendArray(Collection<?> values) {
        StringBuilder array = new StringBuilder("{");
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                array.append(',');
            }
            first = false;
            array.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        appendEscaped(array.append('}').toString());
    }

    private void appendEscaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
