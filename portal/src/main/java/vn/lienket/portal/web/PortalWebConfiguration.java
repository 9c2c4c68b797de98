package vn.lienket.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal speaks Vietnamese unless the user asks for English ({@code ?lang=en} on any page, or
 * {@code /lang?l=en}); the choice is kept in a cookie so it survives the login and the session. The
 * words are in {@code messages/portal_vi.properties} and {@code portal_en.properties}.
 */
@Configuration
public class PortalWebConfiguration implements WebMvcConfigurer {

    /** Vietnamese: the portal's default language, whatever the browser or the server's locale says. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final String LANGUAGE_COOKIE = "lienket-lang";

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/portal");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setDefaultLocale(VIETNAMESE);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
