package vn.lienket.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One family of user-facing texts ({@code <baseName>_vi.properties}, {@code <baseName>_en.properties},
 * UTF-8), the one way every module reads its messages: a language's bundle never falls back to the
 * JVM's default locale (a server set to English would otherwise answer a Vietnamese reader in English),
 * and a missing key names itself.
 */
public final class MessageBundle {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    /** @param baseName e.g. {@code vn.lienket.inbox.messages} */
    public MessageBundle(String baseName) {
        this.baseName = baseName;
    }

    /** The bundle of one language (cached by {@link ResourceBundle}). */
    public ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, MessageBundle.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of {@code key} in {@code locale}, its {@link MessageFormat} arguments filled in. */
    public String text(Locale locale, String key, Object... arguments) {
        try {
            return new MessageFormat(bundle(locale).getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No message " + key + " in " + baseName + " for " + locale, e);
        }
    }

    public boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }
}
