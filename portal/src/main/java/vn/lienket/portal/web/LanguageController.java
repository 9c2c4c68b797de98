package vn.lienket.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** {@code /lang?l=en|vi}: switches the language (kept in a cookie) and goes to the home page. */
@Controller
public class LanguageController {

    private final LocaleResolver locales;

    public LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    @GetMapping("/lang")
    public String switchLanguage(@RequestParam(name = "l", defaultValue = "vi") String language,
                                 HttpServletRequest request, HttpServletResponse response) {
        Locale locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : PortalWebConfiguration.VIETNAMESE;
        locales.setLocale(request, response, locale);
        return "redirect:/";
    }
}
