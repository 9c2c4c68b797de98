package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import vn.lienket.domain.Quarter;

/**
 * The KPI values of one subject (a programme, a province or one member) by quarter, and what a scorecard derives
 * from them. A quarter without any submission in scope has no values: "nobody reported" is not "zero".
 */
public final class KpiFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 1;

    private final Map<Quarter, Map<String, BigDecimal>> values = new HashMap<>();

    /** Adds one submission's value of a KPI; values of several provinces in one quarter add up. */
    public void add(Quarter quarter, String kpiCode, BigDecimal value) {
        values.computeIfAbsent(quarter, q -> new HashMap<>()).merge(kpiCode, value, BigDecimal::add);
    }

    public boolean reported(Quarter quarter) {
        return values.containsKey(quarter);
    }

    /** The KPI's value for the quarter, null when nobody in scope reported that quarter. */
    public BigDecimal value(Quarter quarter, String kpiCode) {
        Map<String, BigDecimal> quarterValues = values.get(quarter);
        return quarterValues == null ? null : quarterValues.getOrDefault(kpiCode, BigDecimal.ZERO);
    }

    /** {@code (value − base) / base × 100}, one decimal; null without a base or with a base of 0. */
    public static BigDecimal changePercent(BigDecimal value, BigDecimal base) {
        if (value == null || base == null || base.signum() == 0) {
            return null;
        }
        return value.subtract(base).multiply(HUNDRED).divide(base, PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * What a target judges after {@code quarter}: the quarter-end value of a stock, the sum since the year's first
     * quarter of a flow (quarters nobody reported count as nothing done). Null when the quarter itself is unreported.
     */
    public BigDecimal achievedInYear(Quarter quarter, KpiDefinition kpi) {
        BigDecimal latest = value(quarter, kpi.code());
        if (latest == null || kpi.kind() == KpiKind.STOCK) {
            return latest;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Quarter q = new Quarter(quarter.year(), 1); q.compareTo(quarter) <= 0; q = q.next()) {
            BigDecimal flow = value(q, kpi.code());
            sum = flow == null ? sum : sum.add(flow);
        }
        return sum;
    }
}
