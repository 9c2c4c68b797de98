package vn.lienket.workbook.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bounds what the XML parser must hold at once. aalto (1.4.0) has no maximum text length, and even
 * with coalescing off it buffers one text node whole, as it does an attribute, a CDATA section or a
 * comment: a 2 MB zip can inflate to one {@code <t>} of 200 million characters, which would fill a
 * 256 MB heap before a cell's length could be checked. This stream counts the bytes since the last
 * markup ({@code <}, or the end of a CDATA section, comment or processing instruction, in which a
 * {@code <} is plain content) and refuses the file as {@link UnreadableReason#TOO_LARGE} when a run
 * is longer than any cell can be: so no single parser event carries more than about that many bytes.
 */
final class MarkupRunLimit extends FilterInputStream {

    /** The longest encoding of one character ({@code &#1114111;}). */
    static final int BYTES_PER_CHAR = 10;
    /** Room for the markup before a text (a start tag and its attributes). */
    static final int MARKUP_BYTES = 64 * 1024;

    private static final int CONTENT = 0;
    private static final int CDATA = 1;
    private static final int COMMENT = 2;
    private static final int INSTRUCTION = 3;
    /** The last eight bytes of {@code <![CDATA[}; the {@code <} before them is checked apart. */
    private static final long CDATA_START = 0x215B43444154415BL; // "![CDATA["
    private static final int CDATA_END = 0x5D5D3E;               // "]]>"
    private static final int COMMENT_START = 0x3C212D2D;         // "<!--"
    private static final int COMMENT_END = 0x2D2D3E;             // "-->"
    private static final int INSTRUCTION_START = 0x3C3F;         // "<?"
    private static final int INSTRUCTION_END = 0x3F3E;           // "?>"
    /** The bytes of the longest start after its {@code <} ("![CDATA["). */
    private static final int MARKER_BYTES = 8;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long LESS_THAN = 0x3C3C3C3C3C3C3C3CL;
    private static final long BANG = 0x2121212121212121L;
    private static final long QUESTION = 0x3F3F3F3F3F3F3F3FL;

    private final long maxRunBytes;
    private final int maxChars;
    private long run;
    private long last;
    /** The byte before the eight in {@code last}. */
    private int previous;
    private int state = CONTENT;
    /** Bytes after a {@code <} still to be looked at one by one, for the start of a CDATA section, comment or instruction. */
    private int afterMarkup;

    /** A run of markup-free text that could hold at most {@code maxChars} characters. */
    MarkupRunLimit(InputStream in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
        this.maxRunBytes = (long) maxChars * BYTES_PER_CHAR + MARKUP_BYTES;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            see(b);
        }
        return b;
    }

    /**
     * Content is scanned for the next {@code <} that may open a CDATA section, comment or processing
     * instruction (one followed by {@code !} or {@code ?}) eight bytes at a time: a sheet of a million
     * rows is some 660 MB of XML with a {@code <} every nine bytes or so, and a tag ({@code <c},
     * {@code </v}) only ends the run. The bytes after such a {@code <}, and everything inside the
     * section, go through {@link #see} one by one.
     */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        int end = offset + read;
        int i = offset;
        while (i < end) {
            if (state != CONTENT || afterMarkup > 0) {
                int b = buffer[i++] & 0xFF;
                see(b);
                afterMarkup = state != CONTENT ? 0
                        : b == '<' ? MARKER_BYTES
                        : afterMarkup == MARKER_BYTES && b != '!' && b != '?' ? 0
                        : Math.max(afterMarkup - 1, 0);
                continue;
            }
            i = scanContent(buffer, i, end);
            if (i < end) {
                see('<');
                afterMarkup = MARKER_BYTES;
                i++;
            }
        }
        return read;
    }

    /**
     * From {@code i} in content: moves the run past every tag and returns the index of the first
     * {@code <} that may open a section (the next byte is {@code !}, {@code ?} or not read yet), or
     * {@code end}. A run is counted from the byte after the last {@code <}.
     */
    private int scanContent(byte[] buffer, int i, int end) {
        long origin = i - run;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(buffer, i);
            long tags = bytesEqual(word, LESS_THAN);
            if (tags == 0) {
                continue;
            }
            requireWithin(i + (Long.numberOfTrailingZeros(tags) >>> 3) - origin);
            long opening = tags & (bytesEqual(word, BANG) | bytesEqual(word, QUESTION)) >>> Byte.SIZE;
            if (opening != 0 || tags < 0 && (i + Long.BYTES >= end || opens(buffer[i + Long.BYTES]))) {
                for (int k = i; ; k++) {
                    if (buffer[k] == '<') {
                        if (k + 1 >= end || opens(buffer[k + 1])) {
                            run = k - origin;
                            return k;
                        }
                        origin = k + 1;
                    }
                }
            }
            origin = i + ((Long.SIZE - 1 - Long.numberOfLeadingZeros(tags)) >>> 3) + 1;
        }
        for (; i < end; i++) {
            if (buffer[i] == '<') {
                requireWithin(i - origin);
                if (i + 1 >= end || opens(buffer[i + 1])) {
                    run = i - origin;
                    return i;
                }
                origin = i + 1;
            }
        }
        run = end - origin;
        requireWithinRun();
        return end;
    }

    private static boolean opens(byte next) {
        return next == '!' || next == '?';
    }

    /** The high bit of each byte of {@code word} that equals the byte repeated in {@code pattern}, no other bit. */
    private static long bytesEqual(long word, long pattern) {
        long x = word ^ pattern;
        return ~((x & LOW_BITS) + LOW_BITS | x | LOW_BITS);
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int read = read(discard, 0, discard.length);
        return Math.max(read, 0);
    }

    private void see(int b) {
        previous = (int) (last >>> 56);
        last = last << 8 | b;
        run++;
        switch (state) {
            case CONTENT -> {
                if (b == '<') {
                    run = 0;
                } else if ((last & 0xFFFF) == INSTRUCTION_START) {
                    state = INSTRUCTION;
                } else if ((last & 0xFFFFFFFFL) == COMMENT_START) {
                    state = COMMENT;
                } else if (last == CDATA_START && previous == '<') {
                    state = CDATA;
                }
            }
            case CDATA -> leaveOn((last & 0xFFFFFF) == CDATA_END);
            case COMMENT -> leaveOn((last & 0xFFFFFF) == COMMENT_END);
            default -> leaveOn((last & 0xFFFF) == INSTRUCTION_END);
        }
        requireWithinRun();
    }

    private void requireWithinRun() {
        requireWithin(run);
    }

    private void requireWithin(long runBytes) {
        if (runBytes > maxRunBytes) {
            throw new UnreadableWorkbookException(UnreadableReason.TOO_LARGE,
                    String.format("a cell holds more than %,d characters", maxChars), null);
        }
    }

    private void leaveOn(boolean end) {
        if (end) {
            state = CONTENT;
            run = 0;
        }
    }
}
