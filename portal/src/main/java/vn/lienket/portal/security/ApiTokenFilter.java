package vn.lienket.portal.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.portal.users.UserAccount;

/**
 * Personal API tokens ({@code Authorization: Bearer lk_…}, issued by {@code lienket users token}):
 * a known token of an enabled account authenticates the request as that account's
 * {@link vn.lienket.portal.access.PortalUser}; an unknown one is answered 401 and audited. Requests
 * without a bearer token pass on to HTTP Basic.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final PortalUsers users;
    private final SignInAudit audit;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(PortalUsers users, SignInAudit audit, AuthenticationEntryPoint entryPoint) {
        this.users = users;
        this.audit = audit;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> account = users.findByToken(header.substring(BEARER.length()).strip());
        if (account.isEmpty()) {
            contexts.clearContext();
            audit.failed("", "token", "unknown-token");
            entryPoint.commence(request, response, new BadCredentialsException("unknown token"));
            return;
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                account.get().user(), null,
                List.of(new SimpleGrantedAuthority(AccountDetails.authority(account.get().user().role()))));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        audit.succeeded(account.get().username(), "token");
        chain.doFilter(request, response);
    }
}
