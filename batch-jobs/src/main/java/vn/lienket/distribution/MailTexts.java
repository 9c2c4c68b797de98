package vn.lienket.distribution;

import java.util.Locale;

import org.springframework.stereotype.Component;
import vn.lienket.domain.MessageBundle;

/** Subjects and bodies of the mails, from {@code vn/lienket/distribution/mail*.properties} in the configured language. */
@Component
public class MailTexts {

    private static final MessageBundle MAIL = new MessageBundle("vn.lienket.distribution.mail");

    private final Locale locale;

    public MailTexts(MailProperties properties) {
        this.locale = properties.language();
    }

    public String get(String key, Object... arguments) {
        return MAIL.text(locale, key, arguments);
    }
}
