package vn.lienket.distribution;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender address, the language of mail texts, and how often a delivery is tried before the
 * mail is marked failed. The SMTP server itself is Spring's {@code spring.mail.*}.
 */
@ConfigurationProperties("lienket.mail")
public record MailProperties(
        @DefaultValue("lienket@localhost") String from,
        @DefaultValue("vi") Locale language,
        @DefaultValue("5") int maxAttempts) {
}
