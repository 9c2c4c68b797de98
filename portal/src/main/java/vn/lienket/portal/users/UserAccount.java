package vn.lienket.portal.users;

import java.time.OffsetDateTime;
import java.util.Optional;

import vn.lienket.portal.access.PortalUser;

/**
 * One stored account: the user as controllers see it plus what only sign-in needs (hash, whether it
 * is enabled, the failed-login counter and lock).
 */
public record UserAccount(long id, PortalUser user, String passwordHash, boolean enabled, int failedLogins,
                          Optional<OffsetDateTime> lockedUntil, OffsetDateTime createdAt) {

    public String username() {
        return user.username();
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }
}
