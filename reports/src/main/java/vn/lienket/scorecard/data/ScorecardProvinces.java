package vn.lienket.scorecard.data;

import java.util.List;
import java.util.Optional;

import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;

/**
 * What a scorecard asks of the administrative units: the eras (which one a quarter belongs to is {@link Era}'s rule)
 * and the province behind a dimension key. The warehouse's one province directory answers it (in {@code batch-jobs});
 * the scorecard queries no longer keep their own SQL for either.
 */
public interface ScorecardProvinces {

    List<Era> eras();

    /** The province of a {@code dim_province} key, with its Vietnamese name. */
    Optional<NamedProvince> named(int provinceKey);

    record NamedProvince(ProvinceId id, String nameVi) {
    }
}
