package vn.lienket.workbook.validate;

import vn.lienket.workbook.normalise.Folding;

/**
 * Remembers which key was first seen on which row, in one primitive array: a million project codes
 * must fit next to a streaming read in a 256 MB heap, which a HashSet of Strings does not. Keys are
 * stored as 64-bit hashes of their folded text; a collision (about 1 in 10^7 for a million keys)
 * would report a false duplicate that names both rows, never hide a real one. Each slot holds the
 * hash and its row side by side, so a look-up touches one place in memory, not two (32 MB for 1M keys).
 */
final class UniqueKeyIndex {

    /** Slot i is {@code entries[2i]} (the hash, 0 when free) and {@code entries[2i + 1]} (its row). */
    private long[] entries = new long[2 * 1024];
    private int size;
    private final StringBuilder folded = new StringBuilder();

    /** Records the key at {@code row}; returns the row that already had it, or 0. */
    int firstRowOf(String[] parts, int row) {
        long hash = hash(parts);
        if (hash == 0) {
            hash = 1;
        }
        if (size * 4 >= entries.length) {
            grow();
        }
        int mask = entries.length / 2 - 1;
        int slot = slot(hash, mask);
        while (entries[2 * slot] != 0) {
            if (entries[2 * slot] == hash) {
                return (int) entries[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        entries[2 * slot] = hash;
        entries[2 * slot + 1] = row;
        size++;
        return 0;
    }

    private void grow() {
        long[] old = entries;
        entries = new long[old.length * 2];
        int mask = entries.length / 2 - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = slot(old[i], mask);
                while (entries[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                entries[2 * slot] = old[i];
                entries[2 * slot + 1] = old[i + 1];
            }
        }
    }

    private static int slot(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
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
