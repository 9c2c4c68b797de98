package vn.lienket.workbook.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;

/**
 * Provinces by administrative era, as the warehouse's province dimension and 2025 crosswalk
 * know them. Implemented over the warehouse by the load job; tests implement it from a handful
 * of provinces.
 */
public interface ProvinceDirectory {

    /** Every era the warehouse knows, oldest first. */
    List<Era> eras();

    /**
     * The era in force on a date, e.g. {@code P63} before 2025-07-01 and {@code P34} from then on.
     *
     * @throws IllegalArgumentException before the first era
     */
    default Era eraOn(LocalDate date) {
        return Era.on(date, eras());
    }

    /** The era a quarter's workbook is reported in (the one in force on its last day, see {@link Era}). */
    default Era eraOf(Quarter quarter) {
        return Era.of(quarter, eras());
    }

    /** All provinces of an era, in code order (used for drop-down lists and name lookups). */
    List<Province> provinces(String era);

    Optional<Province> find(ProvinceId id);

    /** What a province of an older era became, when it was merged or renumbered. */
    Optional<Succession> successor(ProvinceId id);

    /**
     * Spellings of the era's provinces other than their names (the warehouse's province_alias
     * table). Case, diacritics, spacing, "Tỉnh"/"TP." prefixes and initials of three-word names
     * ("HCM", "BR-VT") are matched without aliases.
     */
    default List<ProvinceAlias> aliases(String era) {
        return List.of();
    }
}
