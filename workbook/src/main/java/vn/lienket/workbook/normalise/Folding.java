package vn.lienket.workbook.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A matching key: "Vốn đăng ký (tỷ đồng)" and "VON  DANG KY" both fold to {@code von dang ky}.
 * Diacritics, case, punctuation, repeated spaces and anything in parentheses (units such as
 * "(tỷ đồng)", "(ha)") are dropped; đ becomes d.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{Alnum}]+");

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(TextCleaner.clean(text), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        String withoutUnits = PARENTHESES.matcher(plain).replaceAll(" ");
        return NOT_ALNUM.matcher(withoutUnits.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
