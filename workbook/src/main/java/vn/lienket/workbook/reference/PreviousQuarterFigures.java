package vn.lienket.workbook.reference;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;

/**
 * Figures of the province's most recent accepted submission before {@code quarter}, for
 * plausibility warnings. Called once per row: implementations should load the previous quarter
 * once (e.g. on the first call) rather than query per row.
 */
public interface PreviousQuarterFigures {

    Optional<BigDecimal> registeredCapital(ProvinceId province, Quarter quarter, String projectCode);

    OptionalLong recognisedProducts(ProvinceId province, Quarter quarter, String ocopGroupCode, int star);

    /** For a first submission, or when the caller does not want plausibility checks. */
    static PreviousQuarterFigures none() {
        return new PreviousQuarterFigures() {
            @Override
            public Optional<BigDecimal> registeredCapital(ProvinceId province, Quarter quarter, String projectCode) {
                return Optional.empty();
            }

            @Override
            public OptionalLong recognisedProducts(ProvinceId province, Quarter quarter, String ocopGroupCode, int star) {
                return OptionalLong.empty();
            }
        };
    }
}
