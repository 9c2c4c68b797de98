package vn.lienket.portal.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST, the failure ({@code ?error}) and the logout ({@code ?logout}). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
