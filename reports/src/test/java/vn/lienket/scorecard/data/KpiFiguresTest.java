package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.lienket.domain.Quarter;

import static org.assertj.core.api.Assertions.assertThat;

class KpiFiguresTest {

    private static final Quarter Q2 = new Quarter(2025, 2);
    private static final Quarter Q3 = new Quarter(2025, 3);
    private static final KpiDefinition EVENTS = kpi("events_held", KpiKind.FLOW);
    private static final KpiDefinition PROJECTS = kpi("investment_projects_active", KpiKind.STOCK);

    @Test
    void provincesThatReportedAddUpAndABlankIsNotReportedRatherThanZero() {
        KpiFigures figures = new KpiFigures();
        figures.expect(Q3, 1, 1);
        figures.expect(Q3, 2, 2);
        figures.expect(Q3, 3, 3);
        figures.add(Q3, 1, "events_held", dec("2"));
        figures.add(Q3, 2, "events_held", dec("3"));
        figures.add(Q3, 1, "event_booths", dec("40"));
        figures.add(Q3, 2, "event_booths", null);

        assertThat(figures.value(Q3, "events_held")).isEqualByComparingTo("5");
        assertThat(figures.reportedProvinces(Q3, "events_held")).isEqualTo(2);
        assertThat(figures.provincesInScope(Q3)).isEqualTo(3);
        assertThat(figures.value(Q3, "event_booths")).isEqualByComparingTo("40");
        assertThat(figures.reportedProvinces(Q3, "event_booths")).isEqualTo(1);
        assertThat(figures.value(Q3, "event_deal_value")).isNull();
        assertThat(figures.value(Q2, "events_held")).isNull();
    }

    @Test
    void aChangeComparesOnlyQuartersTheSameProvincesReportedNeverAFallOfAHundredPercent() {
        KpiFigures figures = new KpiFigures();
        for (Quarter quarter : new Quarter[] {Q2, Q3}) {
            figures.expect(quarter, 1, 1);
            figures.expect(quarter, 2, 2);
        }
        figures.add(Q2, 1, "events_held", dec("4"));
        figures.add(Q2, 2, "events_held", dec("6"));
        figures.add(Q3, 1, "events_held", dec("5"));
        figures.add(Q2, 1, "investment_projects_active", dec("10"));
        figures.add(Q3, 1, "investment_projects_active", dec("12"));

        assertThat(figures.change(Q3, Q2, "events_held")).as("province 2 did not report Q3").isNull();
        assertThat(figures.change(Q3, Q2, "investment_projects_active")).isEqualByComparingTo("20.0");
    }

    @Test
    void aUnitReportedByOnlySomeOfItsProvincesHasNoValueOfItsOwnAndNoChange() {
        KpiFigures figures = new KpiFigures();
        figures.expect(Q2, 1, 9);
        figures.expect(Q2, 2, 9);
        figures.expect(Q3, 9, 9);
        figures.add(Q2, 1, "ocop_products", dec("30"));
        figures.add(Q3, 9, "ocop_products", dec("50"));

        assertThat(figures.unitValue(Q2, 9, "ocop_products")).isNull();
        assertThat(figures.unitValue(Q3, 9, "ocop_products")).isEqualByComparingTo("50");
        assertThat(figures.value(Q2, "ocop_products")).isEqualByComparingTo("30");
        assertThat(figures.change(Q3, Q2, "ocop_products")).isNull();
        figures.add(Q2, 2, "ocop_products", dec("10"));
        assertThat(figures.change(Q3, Q2, "ocop_products")).isEqualByComparingTo("25.0");
    }

    @Test
    void changeIsAPercentOfTheBaseWithOneDecimalAndNothingToCompareWithZero() {
        assertThat(KpiFigures.changePercent(dec("139"), dec("136"))).isEqualByComparingTo("2.2");
        assertThat(KpiFigures.changePercent(dec("90"), dec("120"))).isEqualByComparingTo("-25.0");
        assertThat(KpiFigures.changePercent(dec("5"), BigDecimal.ZERO)).isNull();
        assertThat(KpiFigures.changePercent(dec("5"), null)).isNull();
        assertThat(KpiFigures.changePercent(null, dec("5"))).isNull();
    }

    @Test
    void aFlowAccumulatesOverTheYearAndAStockIsItsLatestValue() {
        KpiFigures figures = new KpiFigures();
        for (Quarter quarter : new Quarter[] {new Quarter(2024, 4), new Quarter(2025, 1), Q2, Q3}) {
            figures.expect(quarter, 1, 1);
        }
        figures.add(new Quarter(2024, 4), 1, "events_held", dec("9"));
        figures.add(new Quarter(2025, 1), 1, "events_held", dec("2"));
        figures.add(Q3, 1, "events_held", dec("4"));
        figures.add(new Quarter(2025, 1), 1, "investment_projects_active", dec("120"));
        figures.add(Q3, 1, "investment_projects_active", dec("139"));

        assertThat(figures.achievedInYear(Q3, EVENTS)).isEqualByComparingTo("6");
        assertThat(figures.achievedInYear(Q3, PROJECTS)).isEqualByComparingTo("139");
        assertThat(figures.achievedInYear(Q2, EVENTS)).isNull();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static KpiDefinition kpi(String code, KpiKind kind) {
        return new KpiDefinition(code, "s", "s", "l", "l", "u", "u", kind, false, false);
    }
}
