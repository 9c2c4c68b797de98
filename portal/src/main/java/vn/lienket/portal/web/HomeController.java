package vn.lienket.portal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lienket.portal.access.PortalUser;

/** {@code /}: each role's first page. */
@Controller
public class HomeController {

    @GetMapping("/")
    public String home(@AuthenticationPrincipal PortalUser user) {
        if (user == null) {
            return "redirect:/login";
        }
        return "redirect:" + switch (user.role()) {
            case SUBMITTER -> "/submit";
            case LEADER -> "/scorecards";
            case AUDITOR -> "/audit/submissions";
            case OPERATOR -> "/admin/recipients";
        };
    }
}
