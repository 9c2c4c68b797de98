package vn.lienket.app.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import vn.lienket.domain.MessageBundle;

/**
 * User-facing texts of the command line, Vietnamese unless {@code --lang en}, {@code LIENKET_LANG=en}
 * (or the system property {@code lienket.lang}) asks for English.
 */
public final class Messages {

    private static final MessageBundle CLI = new MessageBundle("i18n/cli");

    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
    }

    public static Messages forConfiguredLanguage() {
        String language = System.getProperty("lienket.lang", System.getenv().getOrDefault("LIENKET_LANG", "vi"));
        return new Messages("en".equalsIgnoreCase(language.trim()) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    }

    /**
     * The language a command line asks for with {@code --lang vi|en} (anywhere, as every command
     * accepts it), else the configured one. Needed before parsing: help texts come from the bundle.
     */
    public static Messages forCommandLine(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && (value.equalsIgnoreCase("en") || value.equalsIgnoreCase("vi"))) {
                return new Messages(value.equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
            }
        }
        return forConfiguredLanguage();
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle itself, for picocli's help texts ({@code usage.*} keys). */
    public ResourceBundle bundle() {
        return CLI.bundle(locale);
    }

    public String get(String key, Object... arguments) {
        return CLI.text(locale, key, arguments);
    }
}
