package vn.lienket.workbook.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Problem messages in Vietnamese and English, keyed {@code problem.<CODE>}. Bundles are UTF-8
 * properties files ({@code vn/lienket/workbook/messages_vi.properties}); arguments follow
 * {@link MessageFormat}: {0} the value as written, {1} the column header, then check-specific ones.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.lienket.workbook.messages";

    private final ResourceBundle vietnamese;
    private final ResourceBundle english;

    public Messages() {
        this.vietnamese = ResourceBundle.getBundle(BUNDLE, VIETNAMESE, noFallback());
        this.english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, noFallback());
    }

    public String vietnamese(String key, Object... args) {
        return format(vietnamese, VIETNAMESE, key, args);
    }

    public String english(String key, Object... args) {
        return format(english, Locale.ENGLISH, key, args);
    }

    /** Vietnamese unless English is asked for: the two languages this project speaks. */
    public String message(Locale locale, String key, Object... args) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english(key, args) : vietnamese(key, args);
    }

    public boolean has(String key) {
        return vietnamese.containsKey(key) && english.containsKey(key);
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " for " + locale, e);
        }
    }

    private static ResourceBundle.Control noFallback() {
        // without this, a missing English key would silently fall back to the JVM's default locale
        return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
