package vn.lienket.portal.access;

import java.util.Set;

import vn.lienket.domain.ProvinceId;

/**
 * The provinces whose history a user may see: every province (auditors, operators) or a finite set
 * (a submitter's province and its predecessors, a leader's programmes and provinces). Queries filter
 * on {@link #provinces()} unless {@link #all()}.
 *
 * @param all       true when nothing is hidden from this user
 * @param provinces the visible provinces when not {@code all}; empty when {@code all}
 */
public record VisibleProvinces(boolean all, Set<ProvinceId> provinces) {

    public static final VisibleProvinces ALL = new VisibleProvinces(true, Set.of());

    public VisibleProvinces {
        provinces = Set.copyOf(provinces);
    }

    public static VisibleProvinces only(Set<ProvinceId> provinces) {
        return new VisibleProvinces(false, provinces);
    }

    public boolean includes(ProvinceId province) {
        return all || provinces.contains(province);
    }
}
