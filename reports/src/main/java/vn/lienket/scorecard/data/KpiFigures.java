package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.lienket.domain.Quarter;

/**
 * The KPI values of one subject by quarter, province by province, and what a scorecard derives from them. Blank is
 * not zero: each quarter knows which provinces are in scope (and the unit each counts under: itself "as submitted",
 * today's province in the current view), and a province that sent nothing, or left a measure blank, has not reported
 * that KPI. Sums add the provinces that reported; a change compares two quarters only when the same units reported
 * the KPI completely in both.
 */
public final class KpiFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 1;

    /** Per quarter: every province in scope → the unit it counts under. */
    private final Map<Quarter, Map<Integer, Integer>> scope = new HashMap<>();
    /** Per quarter and KPI: the provinces that reported it → their value. */
    private final Map<Quarter, Map<String, Map<Integer, BigDecimal>>> reported = new HashMap<>();

    /** Puts {@code province} in scope for {@code quarter}, counted under {@code unit}. */
    public void expect(Quarter quarter, int province, int unit) {
        scope.computeIfAbsent(quarter, q -> new LinkedHashMap<>()).put(province, unit);
    }

    /** One province's value of a KPI for a quarter; a null value (a blank cell) is "not reported" and not added. */
    public void add(Quarter quarter, int province, String kpiCode, BigDecimal value) {
        if (!scope.getOrDefault(quarter, Map.of()).containsKey(province)) {
            throw new IllegalArgumentException("province " + province + " is not in scope for " + quarter);
        }
        if (value != null) {
            reported.computeIfAbsent(quarter, q -> new HashMap<>()).computeIfAbsent(kpiCode, k -> new HashMap<>())
                    .merge(province, value, BigDecimal::add);
        }
    }

    /** The sum over the provinces that reported the KPI for the quarter, null when none did. */
    public BigDecimal value(Quarter quarter, String kpiCode) {
        Map<Integer, BigDecimal> values = values(quarter, kpiCode);
        return values.isEmpty() ? null : values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum over the provinces of one unit, null unless every one of them reported the KPI. */
    public BigDecimal unitValue(Quarter quarter, int unit, String kpiCode) {
        Map<Integer, BigDecimal> values = values(quarter, kpiCode);
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (Map.Entry<Integer, Integer> province : scope.getOrDefault(quarter, Map.of()).entrySet()) {
            if (province.getValue() == unit) {
                BigDecimal value = values.get(province.getKey());
                if (value == null) {
                    return null;
                }
                sum = sum.add(value);
                any = true;
            }
        }
        return any ? sum : null;
    }

    /** How many provinces in scope reported the KPI for the quarter. */
    public int reportedProvinces(Quarter quarter, String kpiCode) {
        return values(quarter, kpiCode).size();
    }

    /** How many provinces are in scope for the quarter. */
    public int provincesInScope(Quarter quarter) {
        return scope.getOrDefault(quarter, Map.of()).size();
    }

    /**
     * The change of the KPI from {@code base} to {@code quarter} in percent, one decimal; null unless the same units
     * reported it completely in both quarters (nothing else partly), and null on a base of 0. A province that did not
     * report never turns into a fall of 100 %.
     */
    public BigDecimal change(Quarter quarter, Quarter base, String kpiCode) {
        Set<Integer> now = completeUnits(quarter, kpiCode);
        Set<Integer> then = completeUnits(base, kpiCode);
        if (now == null || then == null || now.isEmpty() || !now.equals(then)) {
            return null;
        }
        return changePercent(value(quarter, kpiCode), value(base, kpiCode));
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
     * quarter of a flow (what was reported; a quarter nobody reported adds nothing). Null when nobody reported the KPI
     * for the quarter itself.
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

    private Map<Integer, BigDecimal> values(Quarter quarter, String kpiCode) {
        return reported.getOrDefault(quarter, Map.of()).getOrDefault(kpiCode, Map.of());
    }

    /** The units all of whose provinces reported the KPI; null when some unit reported it only in part. */
    private Set<Integer> completeUnits(Quarter quarter, String kpiCode) {
        Map<Integer, BigDecimal> values = values(quarter, kpiCode);
        Map<Integer, Boolean> complete = new HashMap<>();
        Set<Integer> touched = new HashSet<>();
        scope.getOrDefault(quarter, Map.of()).forEach((province, unit) -> {
            boolean has = values.containsKey(province);
            complete.merge(unit, has, Boolean::logicalAnd);
            if (has) {
                touched.add(unit);
            }
        });
        Set<Integer> units = new HashSet<>();
        for (Map.Entry<Integer, Boolean> unit : complete.entrySet()) {
            if (unit.getValue()) {
                units.add(unit.getKey());
            } else if (touched.contains(unit.getKey())) {
                return null;
            }
        }
        return units;
    }
}
