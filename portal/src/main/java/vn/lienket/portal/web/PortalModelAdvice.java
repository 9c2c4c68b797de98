package vn.lienket.portal.web;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.portal.access.PortalUser;

/**
 * What every page's header and tables need: the signed-in user (for the menu of their role), the links that
 * switch the language on the same page, and the project's time zone, in which every time is shown.
 */
@ControllerAdvice(basePackages = "vn.lienket.portal.web")
public class PortalModelAdvice {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final IntakeProperties intake;

    public PortalModelAdvice(IntakeProperties intake) {
        this.intake = intake;
    }

    @ModelAttribute("portalUser")
    public PortalUser portalUser(@AuthenticationPrincipal PortalUser user) {
        return user;
    }

    @ModelAttribute("zone")
    public ZoneId zone() {
        return intake.timeZone();
    }

    @ModelAttribute("langEnHref")
    public String languageEnglish(HttpServletRequest request) {
        return sameWithLanguage(request, "en");
    }

    @ModelAttribute("langViHref")
    public String languageVietnamese(HttpServletRequest request) {
        return sameWithLanguage(request, "vi");
    }

    /** The page as it was asked for, within the application, with {@code lang} set: GET pages only (a form's result is not asked again). */
    private static String sameWithLanguage(HttpServletRequest request, String language) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        return UriComponentsBuilder.fromPath(PATHS.getPathWithinApplication(request))
                .query(request.getQueryString()).replaceQueryParam("lang", language).build().toUriString();
    }
}
