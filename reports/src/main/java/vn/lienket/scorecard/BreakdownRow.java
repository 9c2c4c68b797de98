package vn.lienket.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One KPI value of one province, for the per-province breakdown (a province × KPI table).
 * Rows appear in the order given; the table keeps first-seen order of provinces and KPIs.
 */
public record BreakdownRow(String province, String kpi, BigDecimal value) {

    public BreakdownRow {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(kpi, "kpi");
    }
}
