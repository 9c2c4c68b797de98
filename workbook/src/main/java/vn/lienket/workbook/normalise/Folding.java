package vn.lienket.workbook.normalise;

import java.text.Normalizer;

/**
 * A matching key: "Vốn đăng ký (tỷ đồng)" and "VON  DANG KY" both fold to {@code von dang ky}.
 * Diacritics, case, punctuation, repeated spaces and anything in parentheses (units such as
 * "(tỷ đồng)", "(ha)") are dropped; đ becomes d. Folding runs for several cells of every row, so
 * it is a table lookup per character rather than a Unicode normalisation per string.
 */
public final class Folding {

    private static final char SEPARATOR = 0;
    private static final char DROP = '\uFFFF';
    private static final int TABLE_SIZE = 0x2000;
    /** For each character below U+2000: its lower-case base letter or digit, a separator, or DROP for a combining mark. */
    private static final char[] BASE = table();

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        fold(text, out);
        return out.toString();
    }

    /** Folds {@code text} into {@code out}, emptied first: for a caller that only hashes or compares the key. */
    public static void fold(String text, StringBuilder out) {
        out.setLength(0);
        int depth = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
                pendingSpace = true;
                continue;
            }
            if (c == ')' && depth > 0) {
                depth--;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            char base = c < TABLE_SIZE ? BASE[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : SEPARATOR;
            if (base == DROP) {
                continue;
            }
            if (base == SEPARATOR) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(base);
        }
    }

    private static char[] table() {
        char[] table = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                table[c] = DROP;
                continue;
            }
            char base = c == 'đ' || c == 'Đ' ? 'd' : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            table[c] = Character.isLetterOrDigit(base) ? Character.toLowerCase(base) : SEPARATOR;
        }
        return table;
    }
}
