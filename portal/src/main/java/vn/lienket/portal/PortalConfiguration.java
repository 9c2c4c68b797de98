package vn.lienket.portal;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The portal as {@code lienket serve} adds it to the application: every bean of {@code vn.lienket.portal}
 * (controllers, security, the API). The application's own scan leaves this package out, except
 * {@code vn.lienket.portal.users}, which the command line needs, so no other command creates a
 * controller or a filter chain; and {@link #WEB_AUTO_CONFIGURATIONS} are excluded for those commands,
 * so they pay nothing for the web server, Spring Security or Thymeleaf at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan("vn.lienket.portal")
@EnableConfigurationProperties(PortalProperties.class)
public class PortalConfiguration {

    /** The classes only the web server needs (a regular expression for a scan filter): all of the portal but its accounts. */
    public static final String WEB_ONLY_CLASSES = "vn\\.lienket\\.portal\\.(?!users\\.).*";

    /** Spring Boot's auto-configurations of the web server, Spring MVC, Spring Security and Thymeleaf. */
    public static final List<String> WEB_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
            "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
            "org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration",
            "org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration");
}
