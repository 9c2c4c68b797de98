package vn.lienket.portal.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import vn.lienket.portal.access.AccessScope;
import vn.lienket.portal.access.PortalUser;

/**
 * A signed-in user refused a URL of another role: written to the audit log ({@code access-refused}
 * with the method and path), then answered 403 as Spring Security does.
 */
class AuditedAccessDenied implements AccessDeniedHandler {

    private final AccessScope scope;
    private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

    AuditedAccessDenied(AccessScope scope) {
        this.scope = scope;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            scope.refuse(user, "url", Map.of("method", request.getMethod(), "path", request.getRequestURI()), null);
        }
        delegate.handle(request, response, denied);
    }
}
