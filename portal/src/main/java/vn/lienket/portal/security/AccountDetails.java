package vn.lienket.portal.security;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.users.UserAccount;

/**
 * A stored account as Spring Security checks it at sign-in (hash, enabled, locked), carrying the
 * {@link PortalUser} that becomes the authentication's principal once the password matched.
 */
final class AccountDetails extends User {

    private final transient PortalUser portalUser;

    AccountDetails(UserAccount account, OffsetDateTime now) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, !account.lockedAt(now),
                List.of(new SimpleGrantedAuthority(authority(account.user().role()))));
        this.portalUser = account.user();
    }

    PortalUser portalUser() {
        return portalUser;
    }

    /** {@code ROLE_SUBMITTER}, …: what {@code hasRole("SUBMITTER")} matches. */
    static String authority(PortalRole role) {
        return "ROLE_" + role.name();
    }
}
