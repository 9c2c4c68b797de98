package vn.lienket.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import vn.lienket.scorecard.progress.Progress;
import vn.lienket.scorecard.progress.TrafficLight;

/**
 * One line of the KPI table. {@code value} is the sum over the provinces that reported the KPI, {@code null} ("—")
 * when none did; {@code reportedProvinces} of {@code provincesInScope} says how many did. Changes are percentages
 * against the previous quarter (QoQ) and the same quarter a year earlier (YoY); {@code null} where there is nothing
 * comparable (not the same provinces, or a base of 0). {@code target} is the pro-rata target for the quarter,
 * {@code null} when the programme sets none.
 */
public record KpiRow(
        String section,
        String label,
        String unit,
        BigDecimal value,
        int reportedProvinces,
        int provincesInScope,
        BigDecimal changeQoqPercent,
        BigDecimal changeYoyPercent,
        BigDecimal target,
        BigDecimal progressPercent,
        TrafficLight light) {

    public KpiRow {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(light, "light");
    }

    /** A KPI measured against a target; the progress comes from the traffic-light policy. */
    public static KpiRow withProgress(String section, String label, String unit, BigDecimal value, int reportedProvinces,
            int provincesInScope, BigDecimal changeQoqPercent, BigDecimal changeYoyPercent, Progress progress) {
        return new KpiRow(section, label, unit, value, reportedProvinces, provincesInScope, changeQoqPercent, changeYoyPercent,
                progress.target(), progress.percent(), progress.light());
    }

    /** A KPI the programme sets no target for: shown with its changes, no traffic light. */
    public static KpiRow withoutTarget(String section, String label, String unit, BigDecimal value, int reportedProvinces,
            int provincesInScope, BigDecimal changeQoqPercent, BigDecimal changeYoyPercent) {
        return new KpiRow(section, label, unit, value, reportedProvinces, provincesInScope, changeQoqPercent, changeYoyPercent,
                null, null, TrafficLight.NONE);
    }

    /** True when some province in scope did not report this KPI (sent nothing or left it blank). */
    public boolean partlyReported() {
        return reportedProvinces < provincesInScope;
    }
}
