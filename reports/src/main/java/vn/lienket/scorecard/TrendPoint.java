package vn.lienket.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import vn.lienket.domain.Quarter;

/** One quarter's value of a KPI; {@code null} value when the quarter had no data. */
public record TrendPoint(Quarter quarter, BigDecimal value) {

    public TrendPoint {
        Objects.requireNonNull(quarter, "quarter");
    }
}
