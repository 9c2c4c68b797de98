package vn.lienket.portal.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.lienket.intake.registry.AuditLog;
import vn.lienket.portal.access.AccessScope;

/**
 * Writes sign-ins to the audit log: {@code login} (success), {@code login-failed} (wrong password,
 * unknown name, locked or disabled account, unknown token) and {@code login-locked} (the failure that
 * locked the account). The actor is {@code portal:<name as typed>}, cut to a sane length.
 */
@Component
class SignInAudit {

    static final String LOGIN = "login";
    static final String FAILED = "login-failed";
    static final String LOCKED = "login-locked";

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    void succeeded(String username, String channel) {
        audit.record(AccessScope.actor(shortened(username)), LOGIN, null, null, Map.of("channel", channel));
    }

    void failed(String username, String channel, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", channel);
        details.put("reason", reason);
        audit.record(AccessScope.actor(shortened(username)), FAILED, null, null, details);
    }

    void locked(String username, String channel, Object until) {
        audit.record(AccessScope.actor(shortened(username)), LOCKED, null, null,
                Map.of("channel", channel, "until", until.toString()));
    }

    private static String shortened(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
