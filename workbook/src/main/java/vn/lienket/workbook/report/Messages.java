package vn.lienket.workbook.report;

import java.text.MessageFormat;
import java.util.Locale;
import vn.lienket.domain.MessageBundle;

/**
 * Problem messages in Vietnamese and English, keyed {@code problem.<CODE>}. Bundles are UTF-8
 * properties files ({@code vn/lienket/workbook/messages_vi.properties}); arguments follow
 * {@link MessageFormat}: {0} the value as written, {1} the column header, then check-specific ones.
 */
public final class Messages {

    public static final Locale VIETNAMESE = MessageBundle.VIETNAMESE;
    private static final MessageBundle BUNDLE = new MessageBundle("vn.lienket.workbook.messages");

    public String vietnamese(String key, Object... args) {
        return BUNDLE.text(VIETNAMESE, key, args);
    }

    public String english(String key, Object... args) {
        return BUNDLE.text(Locale.ENGLISH, key, args);
    }

    /** Vietnamese unless English is asked for: the two languages this project speaks. */
    public String message(Locale locale, String key, Object... args) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english(key, args) : vietnamese(key, args);
    }

    public boolean has(String key) {
        return BUNDLE.has(VIETNAMESE, key) && BUNDLE.has(Locale.ENGLISH, key);
    }
}
