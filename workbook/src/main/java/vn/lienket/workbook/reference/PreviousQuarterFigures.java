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

    /**
     * The cover has named the province and quarter: an implementation whose figures take time to read (a million
     * projects) may begin now, on a thread of its own, while the check goes on with the rows.
     */
    default void prepare(ProvinceId province, Quarter quarter) {
    }

    /** Whether the figures of {@code province} before {@code quarter} can be answered now without waiting for them. */
    default boolean ready(ProvinceId province, Quarter quarter) {
        return true;
    }

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
