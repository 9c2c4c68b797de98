package vn.lienket.portal.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.lienket.domain.ProvinceId;
import vn.lienket.portal.access.PortalUser;

/**
 * What an account may see, as an operator sets it: a submitter's one province, or a leader's programmes and the
 * provinces outside them. Auditors and operators see everything and have none.
 *
 * @param province   a submitter's province
 * @param programmes a leader's programme codes ({@code HCMC_TN})
 * @param provinces  a leader's provinces outside those programmes
 */
public record AccountScope(Optional<ProvinceId> province, Set<String> programmes, Set<ProvinceId> provinces) {

    public AccountScope {
        Objects.requireNonNull(province, "province");
        programmes = Set.copyOf(programmes);
        provinces = Set.copyOf(provinces);
    }

    public static AccountScope of(PortalUser user) {
        return new AccountScope(user.province(), user.programmes(), user.provinces());
    }

    public static AccountScope province(ProvinceId province) {
        return new AccountScope(Optional.of(province), Set.of(), Set.of());
    }

    public static AccountScope programmes(Set<String> programmes, Set<ProvinceId> provinces) {
        return new AccountScope(Optional.empty(), programmes, provinces);
    }

    /** As {@code lienket users list} and the users page write it: the province, or the programmes then the provinces. */
    public String text() {
        List<String> parts = new ArrayList<>();
        province.ifPresent(p -> parts.add(p.toString()));
        programmes.stream().sorted().forEach(parts::add);
        provinces.stream().map(ProvinceId::toString).sorted().forEach(parts::add);
        return String.join(", ", parts);
    }
}
