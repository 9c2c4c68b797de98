package vn.lienket.intake.staging;

import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.copy.CopyIn;

/**
 * The data of a {@code COPY … FROM STDIN} being encoded ({@link BinaryCopyEncoder}, {@link CopyRowEncoder}): rows
 * accumulate in one growing byte array until {@link #writeTo} hands them to the COPY in one message, so a million
 * rows cost no string or byte array each.
 */
public abstract class CopyData {

    protected byte[] bytes = new byte[64 * 1024];
    protected int size;

    /** Bytes waiting to be written. */
    public int pendingBytes() {
        return size;
    }

    /** Sends the pending bytes to the COPY and starts empty. */
    public void writeTo(CopyIn copy) throws SQLException {
        if (size > 0) {
            copy.writeToCopy(bytes, 0, size);
            size = 0;
        }
    }

    /** Forgets the pending bytes (a COPY given up). */
    public void discard() {
        size = 0;
    }

    /**
     * The UTF-8 of {@code text}; with {@code textFormatEscapes}, the backslash, tab, line feed and carriage return
     * escaped as COPY's text format needs them. An unpaired surrogate becomes '?', as {@link String#getBytes} does.
     */
    protected void utf8(String text, boolean textFormatEscapes) {
        int length = text.length();
        // three bytes a character at most (an escaped one takes two, a surrogate pair four for its two)
        ensure(length * 3);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (textFormatEscapes && (c == '\\' || c == '\t' || c == '\n' || c == '\r')) {
                    bytes[size++] = '\\';
                    bytes[size++] = (byte) (c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
                } else {
                    bytes[size++] = (byte) c;
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

    protected void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    protected void put(byte[] more) {
        ensure(more.length);
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    protected void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
