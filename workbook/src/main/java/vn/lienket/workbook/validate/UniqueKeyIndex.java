package vn.lienket.workbook.validate;

import vn.lienket.workbook.normalise.Folding;

/**
 * Remembers which key was first seen on which row, in primitive arrays: a million project codes
 * must fit next to a streaming read in a 256 MB heap, which a HashSet of Strings does not. Keys are
 * stored as 64-bit hashes of their folded text; a collision (about 1 in 10^7 for a million keys)
 * would report a false duplicate that names both rows, never hide a real one.
 */
final class UniqueKeyIndex {

    private long[] keys = new long[1024];
    private int[] rows = new int[1024];
    private int size;
    private final StringBuilder folded = new StringBuilder();

    /** Records the key at {@code row}; returns the row that already had it, or 0. */
    int firstRowOf(String[] parts, int row) {
        long hash = hash(parts);
        if (hash == 0) {
            hash = 1;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(hash, keys.length);
        while (keys[slot] != 0) {
            if (keys[slot] == hash) {
                return rows[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = hash;
        rows[slot] = row;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldRows.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int slot(long hash, int length) {
        return (int) (hash ^ (hash >>> 32)) & (length - 1);
    }

    private long hash(String[] parts) {
        long h = 0xcbf29ce484222325L;
        for (String part : parts) {
            Folding.fold(part, folded);
            for (int i = 0; i < folded.length(); i++) {
                h ^= folded.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0x1F;
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29) * 0xbf58476d1ce4e5b9L;
    }
}
