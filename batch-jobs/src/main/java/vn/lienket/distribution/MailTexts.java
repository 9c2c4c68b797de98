package vn.lienket.distribution;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

/** Subjects and bodies of the mails, from {@code vn/lienket/distribution/mail*.properties} in the configured language. */
@Component
public class MailTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    public MailTexts(MailProperties properties) {
        this.locale = properties.language();
        this.bundle = ResourceBundle.getBundle("vn.lienket.distribution.mail", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
