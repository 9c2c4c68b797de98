package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.lienket.domain.Quarter;

import static org.assertj.core.api.Assertions.assertThat;

class KpiFiguresTest {

    private static final KpiDefinition EVENTS = kpi("events_held", KpiKind.FLOW);
    private static final KpiDefinition PROJECTS = kpi("investment_projects_active", KpiKind.STOCK);

    @Test
    void provincesOfOneQuarterAddUpAndAnUnreportedQuarterHasNoValue() {
        KpiFigures figures = new KpiFigures();
        figures.add(new Quarter(2025, 3), "events_held", new BigDecimal("2"));
        figures.add(new Quarter(2025, 3), "events_held", new BigDecimal("3"));

        assertThat(figures.value(new Quarter(2025, 3), "events_held")).isEqualByComparingTo("5");
        assertThat(figures.value(new Quarter(2025, 3), "event_booths")).isEqualByComparingTo("0");
        assertThat(figures.value(new Quarter(2025, 2), "events_held")).isNull();
    }

    @Test
    void changeIsAPercentOfTheBaseWithOneDecimalAndNothingToCompareWithZero() {
        assertThat(KpiFigures.changePercent(new BigDecimal("139"), new BigDecimal("136"))).isEqualByComparingTo("2.2");
        assertThat(KpiFigures.changePercent(new BigDecimal("90"), new BigDecimal("120"))).isEqualByComparingTo("-25.0");
        assertThat(KpiFigures.changePercent(new BigDecimal("5"), BigDecimal.ZERO)).isNull();
        assertThat(KpiFigures.changePercent(new BigDecimal("5"), null)).isNull();
        assertThat(KpiFigures.changePercent(null, new BigDecimal("5"))).isNull();
    }

    @Test
    void aFlowAccumulatesOverTheYearAndAStockIsItsLatestValue() {
        KpiFigures figures = new KpiFigures();
        figures.add(new Quarter(2024, 4), "events_held", new BigDecimal("9"));
        figures.add(new Quarter(2025, 1), "events_held", new BigDecimal("2"));
        figures.add(new Quarter(2025, 3), "events_held", new BigDecimal("4"));
        figures.add(new Quarter(2025, 1), "investment_projects_active", new BigDecimal("120"));
        figures.add(new Quarter(2025, 3), "investment_projects_active", new BigDecimal("139"));

        assertThat(figures.achievedInYear(new Quarter(2025, 3), EVENTS)).isEqualByComparingTo("6");
        assertThat(figures.achievedInYear(new Quarter(2025, 3), PROJECTS)).isEqualByComparingTo("139");
        assertThat(figures.achievedInYear(new Quarter(2025, 2), EVENTS)).isNull();
    }

    private static KpiDefinition kpi(String code, KpiKind kind) {
        return new KpiDefinition(code, "s", "s", "l", "l", "u", "u", kind, false, false);
    }
}
