package vn.lienket.portal.users;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.lienket.domain.ProvinceId;
import vn.lienket.portal.access.PortalRole;

/**
 * An account to create: who, in which role, with which scope. The password is passed separately so
 * that it never sits in a value object that may be logged.
 *
 * @param province   a submitter's province (required for a submitter, refused for the others)
 * @param programmes a leader's programmes
 * @param provinces  a leader's provinces outside those programmes
 */
public record NewUser(String username, PortalRole role, Optional<ProvinceId> province, Set<String> programmes,
                      Set<ProvinceId> provinces) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(province, "province");
        programmes = Set.copyOf(programmes);
        provinces = Set.copyOf(provinces);
    }

    public static NewUser of(String username, PortalRole role) {
        return new NewUser(username, role, Optional.empty(), Set.of(), Set.of());
    }

    public static NewUser submitter(String username, ProvinceId province) {
        return new NewUser(username, PortalRole.SUBMITTER, Optional.of(province), Set.of(), Set.of());
    }
}
