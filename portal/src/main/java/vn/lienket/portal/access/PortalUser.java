package vn.lienket.portal.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.lienket.domain.ProvinceId;

/**
 * The signed-in user as every controller sees it ({@code @AuthenticationPrincipal PortalUser user}):
 * who, in which role, and the scope the role is limited to. Whether a given province or programme is
 * within that scope (a merged province's account sees its predecessors' history through the crosswalk,
 * never the reverse) is decided by {@code AccessScope}, not by the controllers.
 *
 * @param username   the login name
 * @param role       the one role
 * @param province   a submitter's province (of one era); empty for the other roles
 * @param programmes a leader's programmes (codes such as {@code HCMC_TN}); empty for the other roles
 * @param provinces  a leader's provinces outside those programmes; empty for the other roles
 */
public record PortalUser(String username, PortalRole role, Optional<ProvinceId> province, Set<String> programmes,
                         Set<ProvinceId> provinces) {

    public PortalUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(province, "province");
        programmes = Set.copyOf(programmes);
        provinces = Set.copyOf(provinces);
        if (role == PortalRole.SUBMITTER && province.isEmpty()) {
            throw new IllegalArgumentException("a submitter belongs to one province: " + username);
        }
    }
}
