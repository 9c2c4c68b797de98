package vn.lienket.intake.reference;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The registered capital of each project of one submission, held compactly: a province may report a
 * million projects, and a {@code HashMap<String, BigDecimal>} of them (134 bytes a project measured for
 * codes like {@code P68-0000001}: entry, string, its bytes, the decimal) outgrew a 256 MB load beside the
 * load's own working set. Here such a project costs 37 bytes (its code's UTF-8 bytes plus about 21, and
 * the slack of growing): the codes in one byte array, the capitals as unscaled {@code long}s and scales (the
 * column is {@code NUMERIC(18,3)}, so every value fits), an open-addressing table of entry numbers.
 * Answers are the decimals put in, scale included.
 * <p>
 * A quarter's workbook usually lists its projects in the order of the quarter before (its template is
 * pre-filled from them), so a look-up first tries the project after the one found last: a million look-ups
 * then read the arrays in order instead of hashing into an 8 MB table at random (measured on the bench's
 * million-row load: 0.42 s of the main thread's CPU before). Sized from the start when the number of
 * projects is known, so that no array is copied while it grows.
 */
final class ProjectCapitals {

    private static final int EMPTY = 0;
    /** Bytes a project code is assumed to take when sizing for a known number of projects; more grows the array. */
    private static final int TYPICAL_CODE_BYTES = 12;

    private byte[] codes;
    private int codesLength;
    private int[] codeEnds;
    private long[] unscaled;
    private byte[] scales;
    private int size;
    /** Entry number + 1 per slot, {@link #EMPTY} when free; kept at most half full. */
    private int[] slots;
    /** The entry after the one the last look-up found: where the next look-up tries first. */
    private int expectedNext;

    ProjectCapitals() {
        this(0);
    }

    /** Room for {@code expectedProjects} projects (a submission's recorded count) without growing. */
    ProjectCapitals(long expectedProjects) {
        int entries = (int) Math.max(1 << 6, Math.min(expectedProjects, 1 << 28));
        codes = new byte[(int) Math.min((long) entries * TYPICAL_CODE_BYTES, Integer.MAX_VALUE - 16)];
        codeEnds = new int[entries];
        unscaled = new long[entries];
        scales = new byte[entries];
        slots = new int[Integer.highestOneBit(entries) << 2];
    }

    /** Records a project's capital; a code is put at most once (codes are unique per submission). */
    void put(String projectCode, BigDecimal capital) {
        byte[] code = projectCode.getBytes(StandardCharsets.UTF_8);
        put(code, code.length, capital.unscaledValue().longValueExact(), capital.scale());
    }

    /**
     * Records the capital {@code value × 10^-scale} of the project whose code is the first
     * {@code codeLength} bytes of {@code code} (UTF-8), as a row read without a String or a decimal per project.
     */
    void put(byte[] code, int codeLength, long value, int scale) {
        if ((byte) scale != scale) {
            throw new ArithmeticException("scale out of range: " + scale);
        }
        if (size == codeEnds.length) {
            codeEnds = Arrays.copyOf(codeEnds, size * 2);
            unscaled = Arrays.copyOf(unscaled, size * 2);
            scales = Arrays.copyOf(scales, size * 2);
        }
        if (codesLength + codeLength > codes.length) {
            codes = Arrays.copyOf(codes, Math.max(codes.length * 2, codesLength + codeLength));
        }
        System.arraycopy(code, 0, codes, codesLength, codeLength);
        codesLength += codeLength;
        codeEnds[size] = codesLength;
        unscaled[size] = value;
        scales[size] = (byte) scale;
        size++;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        } else {
            place(size - 1, slots);
        }
    }

    Optional<BigDecimal> get(String projectCode) {
        byte[] code = projectCode.getBytes(StandardCharsets.UTF_8);
        int entry = expectedNext < size && holds(expectedNext, code) ? expectedNext : find(code);
        if (entry < 0) {
            return Optional.empty();
        }
        expectedNext = entry + 1;
        return Optional.of(BigDecimal.valueOf(unscaled[entry], scales[entry]));
    }

    /** The entry of {@code code} through the table, or -1. */
    private int find(byte[] code) {
        int mask = slots.length - 1;
        for (int slot = hash(code, 0, code.length) & mask; slots[slot] != EMPTY; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (holds(entry, code)) {
                return entry;
            }
        }
        return -1;
    }

    private boolean holds(int entry, byte[] code) {
        return Arrays.equals(codes, start(entry), codeEnds[entry], code, 0, code.length);
    }

    int size() {
        return size;
    }

    private void rehash(int capacity) {
        int[] larger = new int[capacity];
        for (int entry = 0; entry < size; entry++) {
            place(entry, larger);
        }
        slots = larger;
    }

    private void place(int entry, int[] table) {
        int mask = table.length - 1;
        int slot = hash(codes, start(entry), codeEnds[entry]) & mask;
        while (table[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        table[slot] = entry + 1;
    }

    private int start(int entry) {
        return entry == 0 ? 0 : codeEnds[entry - 1];
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        int mixed = h * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
