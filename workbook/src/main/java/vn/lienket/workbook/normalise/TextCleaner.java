package vn.lienket.workbook.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cleans cell text: Unicode NFC (macOS and some web forms produce NFD, which looks identical but
 * compares unequal), non-breaking and zero-width spaces, line breaks inside cells, repeated and
 * surrounding spaces. Also recognises text typed with legacy TCVN3 or VNI fonts and converts TCVN3.
 */
public final class TextCleaner {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /**
     * Zero-width characters (pasted from the web or Word) are removed, never turned into a space: a code stays a code.
     * So are control characters other than the white space above (tab, line breaks): no one types them, and an .xls
     * can carry them into reports and mails.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\u200B-\\u200D\\u2060\\uFEFF]");
    /** Characters that only TCVN3 text contains: never valid letters in Unicode Vietnamese. */
    private static final String TCVN3_ONLY = "µ¸¶¹¨»¾¼½Æ©Ç®ª¬\u00AD¡¢§£¤¥¦×Þß÷þÐÎÜ";
    /** VNI-Windows tone and vowel marks written after the base letter, plus its đ/Đ. */
    private static final String VNI_MARKS = "øïûöñÑäåëüØÏÛÖÄÅËÜ";
    /** Both sets lie in Latin-1's upper half (U+00A0–U+00FF); ASCII text is never legacy-encoded. */
    private static final char LATIN1_SUPPLEMENT = '\u00A0';
    private static final boolean[] TCVN3_CHARACTER = latin1Table(TCVN3_ONLY);
    private static final boolean[] VNI_CHARACTER = latin1Table(VNI_MARKS);
    private static final Map<Character, Character> TCVN3 = loadTcvn3();

    private TextCleaner() {
    }

    public static String clean(String raw) {
        if (raw == null || isClean(raw)) {
            return raw;
        }
        String nfc = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        return SPACES.matcher(INVISIBLE.matcher(nfc).replaceAll("")).replaceAll(" ").trim();
    }

    /**
     * Most cells need no cleaning; this answers that without a regular expression. Precomposed
     * characters are NFC already; only combining marks (U+0300–U+036F) need composing.
     */
    private static boolean isClean(String text) {
        int length = text.length();
        if (length == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean odd = c < ' ' || c == '\u007F' || c >= '\u0300' && c <= '\u036F' || c == '\u00A0' || c >= '\u2000' && c <= '\u200D' || c == '\u2060'
                    || c == '\u202F' || c == '\uFEFF' || c == ' ' && previous == ' ';
            if (odd) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Cleaned text, converted first when it is TCVN3: for labels (headers, cover labels) nobody is warned about. */
    public static String readable(String raw) {
        return detect(raw) == LegacyEncoding.TCVN3 ? fromTcvn3(raw) : clean(raw);
    }

    /**
     * One pass over the text, as this runs for every text cell: any Vietnamese letter beyond Latin-1
     * means Unicode; otherwise a TCVN3-only character means TCVN3, else a VNI mark means VNI.
     */
    public static LegacyEncoding detect(String raw) {
        if (raw == null) {
            return LegacyEncoding.NONE;
        }
        boolean tcvn3 = false;
        boolean vni = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < LATIN1_SUPPLEMENT) {
                continue;
            }
            if (c >= '\u0100' && c <= '\u1EFF') {
                return LegacyEncoding.NONE;
            }
            if (c <= '\u00FF') {
                tcvn3 |= TCVN3_CHARACTER[c];
                vni |= VNI_CHARACTER[c];
            }
        }
        return tcvn3 ? LegacyEncoding.TCVN3 : vni ? LegacyEncoding.VNI : LegacyEncoding.NONE;
    }

    public static String fromTcvn3(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            out.append(TCVN3.getOrDefault(c, c));
        }
        return clean(out.toString());
    }

    private static boolean[] latin1Table(String characters) {
        boolean[] table = new boolean[0x100];
        for (char c : characters.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    private static Map<Character, Character> loadTcvn3() {
        Map<Character, Character> table = new HashMap<>();
        try (InputStream in = TextCleaner.class.getResourceAsStream("tcvn3.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.length() >= 3 && !line.startsWith("#")) {
                    table.put(line.charAt(0), line.charAt(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
