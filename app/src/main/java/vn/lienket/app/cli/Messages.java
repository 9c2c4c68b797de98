package vn.lienket.app.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-facing texts of the command line, Vietnamese unless {@code LIENKET_LANG=en} (or the system
 * property {@code lienket.lang}) asks for English.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/cli", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forConfiguredLanguage() {
        String language = System.getProperty("lienket.lang", System.getenv().getOrDefault("LIENKET_LANG", "vi"));
        return new Messages("en".equalsIgnoreCase(language.trim()) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle itself, for picocli's help texts ({@code usage.*} keys). */
    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
