package vn.lienket.portal.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.users.PortalUsers;
import vn.lienket.portal.users.UserAccount;

/**
 * The signed-in user of a page session as the warehouse has the account now, not as it was at sign-in: each
 * request that needs the user reads the account again ({@link PortalUsers#find}). A changed scope (an operator gave
 * the submitter another province, the leader other programmes) replaces the principal in the session at once; a
 * disabled account, a changed role or a vanished account ends the session's sign-in (the stored context is removed,
 * so enabling the account again does not revive it). The change may come from another node or from
 * {@code lienket users} in another process: nothing here is kept in memory. The API needs none of this: its
 * token and HTTP Basic read the account on every request anyway.
 */
final class CurrentAccountContextRepository implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final PortalUsers users;

    CurrentAccountContextRepository(PortalUsers users) {
        this.users = users;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext current;

            @Override
            public SecurityContext get() {
                if (current == null) {
                    current = refreshed(stored.get(), request);
                }
                return current;
            }

            @Override
            public boolean isGenerated() {
                return stored.isGenerated() || get().getAuthentication() == null;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return refreshed(sessions.loadContext(holder), holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

    private SecurityContext refreshed(SecurityContext stored, HttpServletRequest request) {
        Authentication authentication = stored.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser signedIn)) {
            return stored;
        }
        Optional<PortalUser> now = users.find(signedIn.username()).filter(UserAccount::enabled).map(UserAccount::user)
                .filter(user -> user.role() == signedIn.role());
        if (now.isEmpty()) {
            keep(request, null);
            return contexts.createEmptyContext();
        }
        if (now.get().equals(signedIn)) {
            return stored;
        }
        UsernamePasswordAuthenticationToken fresh = UsernamePasswordAuthenticationToken.authenticated(now.get(), null,
                authentication.getAuthorities());
        fresh.setDetails(authentication.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(fresh);
        keep(request, context);
        return context;
    }

    /** Replaces (or, given null, removes) what the session keeps, so that the next request starts from it. */
    private static void keep(HttpServletRequest request, SecurityContext context) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        if (context == null) {
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } else {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
