package vn.lienket.portal.security;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.lienket.portal.PortalProperties;
import vn.lienket.portal.access.AccessScope;
import vn.lienket.portal.users.PortalUsers;

/**
 * Two filter chains. {@code /api/**}: stateless, HTTP Basic or a personal token, no CSRF (no cookies
 * are involved), 401 without credentials. Everything else: pages behind form login at {@code /login},
 * CSRF on every form, a new session id at sign-in, the signed-in account read again on every request
 * ({@link CurrentAccountContextRepository}: a changed scope or a disabled account counts at once), and headers that keep pages from being framed,
 * sniffed or fed foreign scripts. URL rules here say which role may open which part of the portal
 * (the URL layout of the portal's design); which province or submission is within a user's scope is
 * decided by {@link AccessScope} in the controllers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class PortalSecurityConfiguration {

    private static final String SUBMITTER = "SUBMITTER";
    private static final String LEADER = "LEADER";
    private static final String AUDITOR = "AUDITOR";
    private static final String OPERATOR = "OPERATOR";
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, UserDetailsService accounts, PortalUsers users, PasswordEncoder encoder, SignInAudit audit,
                                    PortalProperties properties, Clock clock, AccessScope scope) throws Exception {
        BasicAuthenticationEntryPoint unauthorized = new BasicAuthenticationEntryPoint();
        unauthorized.setRealmName("lienket");
        http.securityMatcher("/api/**")
                .authenticationManager(signIn(accounts, users, encoder, audit, properties, clock, "basic"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/submissions").hasAnyRole(SUBMITTER, OPERATOR)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenFilter(users, audit, unauthorized), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(new AuditedAccessDenied(scope)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, UserDetailsService accounts, PortalUsers users, PasswordEncoder encoder, SignInAudit audit,
                                     PortalProperties properties, Clock clock, AccessScope scope) throws Exception {
        http.authenticationManager(signIn(accounts, users, encoder, audit, properties, clock, "form"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/lang", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers("/admin/**").hasRole(OPERATOR)
                        .requestMatchers("/audit/**").hasRole(AUDITOR)
                        .requestMatchers("/submit", "/template").hasAnyRole(SUBMITTER, OPERATOR)
                        .requestMatchers("/submissions/*/original").hasAnyRole(SUBMITTER, AUDITOR, OPERATOR)
                        .requestMatchers("/scorecards", "/scorecards/**", "/board").hasAnyRole(LEADER, AUDITOR, OPERATOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .securityContext(context -> context.securityContextRepository(new CurrentAccountContextRepository(users)))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new AuditedAccessDenied(scope)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The accounts of the warehouse as Spring Security reads them at sign-in (hash, enabled, locked now). */
    @Bean
    UserDetailsService portalAccounts(PortalUsers users, Clock clock) {
        return username -> users.find(username)
                .map(account -> new AccountDetails(account, OffsetDateTime.now(clock)))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    private static AuthenticationManager signIn(UserDetailsService accounts, PortalUsers users, PasswordEncoder encoder,
                                                SignInAudit audit, PortalProperties properties, Clock clock, String channel) {
        ProviderManager manager = new ProviderManager(
                new ThrottledSignIn(accounts, users, encoder, audit, properties.login(), clock, channel));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }
}
