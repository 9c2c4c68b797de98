package vn.lienket.intake.staging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;


/**
 * Encodes rows in PostgreSQL's {@code COPY ... FROM STDIN} text format, straight into UTF-8 bytes:
 * tab-separated, {@code \N} for null, backslash escapes for the characters that would break a line
 * (workbook text may hold any of them: a name with a tab pasted from Word, a multi-line cell).
 * <p>
 * Staging wrote this format until it moved to the binary one ({@link BinaryCopyEncoder}); it stays as the benchmark's
 * fastexcel→COPY reference program writes it, and as the yardstick {@code BinaryCopyEncoderIT} holds the binary
 * format to (the same values stored either way, so that a replay of an older load gives the same warehouse).
 */
public final class CopyRowEncoder extends CopyData {

    private boolean firstField = true;

    /** Appends one field of the current row: null, a number, a date, text, or a collection (a PostgreSQL array). */
    public CopyRowEncoder field(Object value) {
        separate();
        if (value == null) {
            ascii("\\N");
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            number(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            ascii(decimal.toPlainString());
        } else if (value instanceof LocalDate date) {
            date(date);
        } else if (value instanceof Collection<?> values) {
            array(values);
        } else {
            text(value.toString());
        }
        return this;
    }

    /** Ends the current row; the next field starts a new one. */
    public void endRow() {
        put((byte) '\n');
        firstField = true;
    }

    /** The pending rows as text (tests and diagnostics). */
    public String pending() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void separate() {
        if (!firstField) {
            put((byte) '\t');
        }
        firstField = false;
    }

    private void number(long value) {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        ensure(20);
        int start = size;
        // most values (keys, row numbers, years, jobs) fit an int, whose division by ten compiles to a multiplication
        int small;
        while ((small = (int) value) != value) {
            bytes[size++] = (byte) ('0' + value % 10);
            value /= 10;
        }
        do {
            bytes[size++] = (byte) ('0' + small % 10);
            small /= 10;
        } while (small != 0);
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte swap = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = swap;
        }
    }

    private void date(LocalDate date) {
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            ascii(date.toString());
            return;
        }
        number(date.getYear());
        put((byte) '-');
        twoDigits(date.getMonthValue());
        put((byte) '-');
        twoDigits(date.getDayOfMonth());
    }

    private void twoDigits(int value) {
        put((byte) ('0' + value / 10));
        put((byte) ('0' + value % 10));
    }

    private void array(Collection<?> values) {
        StringBuilder array = new StringBuilder("{");
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                array.append(',');
            }
            first = false;
            array.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        text(array.append('}').toString());
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    /** UTF-8 with COPY's text-format escapes. */
    private void text(String text) {
        utf8(text, true);
    }
}
