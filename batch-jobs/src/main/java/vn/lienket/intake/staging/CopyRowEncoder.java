package vn.lienket.intake.staging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

import org.postgresql.copy.CopyIn;

/**
 * Encodes rows in PostgreSQL's {@code COPY ... FROM STDIN} text format, straight into UTF-8 bytes:
 * tab-separated, {@code \N} for null, backslash escapes for the characters that would break a line
 * (workbook text may hold any of them: a name with a tab pasted from Word, a multi-line cell). Rows
 * accumulate until {@link #writeTo} hands them to the COPY in one message, so a million rows cost no
 * string or byte array each.
 * <p>
 * Staging wrote this format until it moved to the binary one ({@link BinaryCopyEncoder}); it stays as the benchmark's
 * fastexcel→COPY reference program writes it, and as the yardstick {@code BinaryCopyEncoderIT} holds the binary
 * format to (the same values stored either way, so that a replay of an older load gives the same warehouse).
 */
public final class CopyRowEncoder {

    private byte[] bytes = new byte[64 * 1024];
    private int size;
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

    /** Appends a number field without boxing it. */
    public CopyRowEncoder field(long value) {
        separate();
        number(value);
        return this;
    }

    /**
     * Appends fields encoded once for many rows ({@link #encoded}), such as the submission's keys that start each
     * of its million rows.
     */
    public CopyRowEncoder fields(EncodedFields fields) {
        separate();
        ensure(fields.bytes.length);
        System.arraycopy(fields.bytes, 0, bytes, size, fields.bytes.length);
        size += fields.bytes.length;
        return this;
    }

    /** Fields as {@link #field(Object)} encodes them, one after the other, to be appended to many rows. */
    public static EncodedFields encoded(Object... values) {
        CopyRowEncoder encoder = new CopyRowEncoder();
        for (Object value : values) {
            encoder.field(value);
        }
        return new EncodedFields(Arrays.copyOf(encoder.bytes, encoder.size));
    }

    /** Fields already in COPY's text format; see {@link #encoded}. */
    public static final class EncodedFields {

        private final byte[] bytes;

        private EncodedFields(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    /** Ends the current row; the next field starts a new one. */
    public void endRow() {
        put((byte) '\n');
        firstField = true;
    }

    /** Bytes of complete rows waiting to be written. */
    public int pendingBytes() {
        return size;
    }

    /** Sends the pending rows to the COPY and starts empty. */
    public void writeTo(CopyIn copy) throws SQLException {
        if (size > 0) {
            copy.writeToCopy(bytes, 0, size);
            size = 0;
        }
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

    /** UTF-8 with COPY's escapes; an unpaired surrogate becomes '?', as {@link String#getBytes} does. */
    private void text(String text) {
        int length = text.length();
        ensure(length * 3);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    default -> bytes[size++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                bytes[size++] = (byte) (0xF0 | codePoint >> 18);
                bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[size++] = '?';
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    /** A backslash escape: at most one byte more than the three reserved for the character. */
    private void escape(char letter) {
        ensure(2);
        bytes[size++] = '\\';
        bytes[size++] = (byte) letter;
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
