package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.KpiRow;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.Subject;
import vn.lienket.scorecard.SubmissionStatus;
import vn.lienket.scorecard.SubmissionStatusRow;
import vn.lienket.scorecard.data.ScorecardQueries.KpiValue;
import vn.lienket.scorecard.data.ScorecardQueries.Target;
import vn.lienket.scorecard.progress.TrafficLight;
import vn.lienket.scorecard.progress.TrafficLightPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The assembly without a warehouse: what the queries would answer, in; the scorecard, out. */
class ScorecardAssemblyTest {

    private static final Quarter Q2 = new Quarter(2025, 2);
    private static final Quarter Q3 = new Quarter(2025, 3);
    private static final ProvinceId GIA_LAI = ProvinceId.parse("P34:52");
    private static final ProvinceId DAK_LAK = ProvinceId.parse("P34:66");
    private static final ProvinceId QUANG_NGAI = ProvinceId.parse("P34:51");
    private static final KpiCatalogue CATALOGUE = new KpiCatalogue(List.of(
            new KpiDefinition("events_held", "s", "s", "Sự kiện xúc tiến", "Events", "sự kiện", "events", KpiKind.FLOW,
                    true, true),
            new KpiDefinition("event_booths", "s", "s", "Gian hàng", "Booths", "gian hàng", "booths", KpiKind.FLOW,
                    false, false)));
    private static final ScorecardAssembly ASSEMBLY =
            new ScorecardAssembly(TrafficLightPolicy.standard(), ZoneId.of("Asia/Ho_Chi_Minh"));

    /**
     * Three members in Q3 (Gia Lai 52, Đắk Lắk 66, Quảng Ngãi 51), two of which reported; Q2 the same two. Events:
     * 3 + 2 = 5 against 2 + 2 = 4 in Q2, +25 %; booths: Đắk Lắk left them blank in Q3, so 40 by 1 of 3 and no change.
     * Target 16 events a year: after Q3 the bar is 12, Q1–Q3 achieved 0 + 4 + 5 = 9, 75 %, red.
     */
    @Test
    void sumsTheProvincesThatReportedComparesTheSameProvincesAndListsStatusesInVietnameseOrder() {
        ScorecardScope scope = programmeScope(Map.of(1, 1, 2, 2, 3, 3));
        List<KpiValue> values = new ArrayList<>(List.of(
                value(Q2, 1, "events_held", "2"), value(Q2, 2, "events_held", "2"),
                value(Q2, 1, "event_booths", "30"), value(Q2, 2, "event_booths", "10"),
                value(Q3, 1, "events_held", "3"), value(Q3, 2, "events_held", "2"),
                value(Q3, 1, "event_booths", "40"), value(Q3, 2, "event_booths", null)));

        Scorecard scorecard = ASSEMBLY.assemble(inputs(scope, values, Map.of("events_held", new Target(false, dec("16"))),
                Map.of(GIA_LAI, new SubmissionStatuses.ProvinceSubmission(SubmissionStatus.LATE, LocalDate.of(2025, 10, 20)),
                        DAK_LAK, new SubmissionStatuses.ProvinceSubmission(SubmissionStatus.ON_TIME, LocalDate.of(2025, 10, 5)))));

        KpiRow events = scorecard.kpis().get(0);
        assertThat(events.value()).isEqualByComparingTo("5");
        assertThat(events.reportedProvinces()).isEqualTo(2);
        assertThat(events.provincesInScope()).isEqualTo(3);
        assertThat(events.changeQoqPercent()).isEqualByComparingTo("25.0");
        assertThat(events.target()).isEqualByComparingTo("12");
        assertThat(events.progressPercent()).isEqualByComparingTo("75.0");
        assertThat(events.light()).isEqualTo(TrafficLight.RED);
        KpiRow booths = scorecard.kpis().get(1);
        assertThat(booths.value()).isEqualByComparingTo("40");
        assertThat(booths.reportedProvinces()).isEqualTo(1);
        assertThat(booths.changeQoqPercent()).as("Đắk Lắk reported booths in Q2 only").isNull();
        assertThat(scorecard.submissions()).extracting(SubmissionStatusRow::province, SubmissionStatusRow::status)
                .containsExactly(tuple("Đắk Lắk", SubmissionStatus.ON_TIME), tuple("Gia Lai", SubmissionStatus.LATE),
                        tuple("Quảng Ngãi", SubmissionStatus.MISSING));
        assertThat(scorecard.breakdown()).filteredOn(row -> row.province().equals("Quảng Ngãi"))
                .singleElement().satisfies(row -> assertThat(row.value()).isNull());
        assertThat(scorecard.footnotes()).contains(
                "Gia Lai, Đắk Lắk cũng thuộc chương trình TP.HCM – Duyên hải Trung Bộ: cộng số liệu của hai chương trình "
                        + "sẽ tính trùng số liệu của các tỉnh này.");
        assertThat(scorecard.dataAsOf()).isEqualTo(Instant.parse("2025-10-20T02:00:00Z"));
    }

    @Test
    void aScorecardWithoutAnySubmissionSaysSoFirstAndShowsNoNumber() {
        ScorecardScope scope = new ScorecardScope(Subject.province("Quảng Ngãi (P34:51)"), null,
                Map.of(Q3, Map.of(3, 3), Q2, Map.of()), Map.of(3, "Quảng Ngãi (P34:51)"), List.of("Quảng Ngãi (P34:51)"),
                Map.of(QUANG_NGAI, "Quảng Ngãi"), Map.of());

        Scorecard scorecard = ASSEMBLY.assemble(new ScorecardAssembly.Inputs(
                new ScorecardRequest(new ScorecardSubject.Province(QUANG_NGAI), Q3, ScorecardView.AS_SUBMITTED, ReportLanguage.VI),
                scope, CATALOGUE, List.of(), Map.of(), Map.of(), List.of(), List.of(LocalDate.of(2025, 7, 1)), false, Map.of()));

        assertThat(scorecard.notes().get(0))
                .isEqualTo("Quảng Ngãi (P34:51) chưa nộp báo cáo quý 3/2025: bảng điểm này không có số liệu của quý.");
        assertThat(scorecard.kpis()).allSatisfy(row -> {
            assertThat(row.value()).isNull();
            assertThat(row.changeQoqPercent()).isNull();
        });
        assertThat(scorecard.submissions()).extracting(SubmissionStatusRow::status).containsExactly(SubmissionStatus.MISSING);
    }

    private static ScorecardScope programmeScope(Map<Integer, Integer> provinces) {
        return new ScorecardScope(Subject.programme("TP.HCM – Tây Nguyên"), "HCMC_TN", Map.of(Q2, provinces, Q3, provinces),
                ScorecardAssembly.sortedByName(Map.of(1, "Gia Lai", 2, "Đắk Lắk", 3, "Quảng Ngãi")),
                List.of("Đắk Lắk", "Gia Lai", "Quảng Ngãi"),
                Map.of(GIA_LAI, "Gia Lai", DAK_LAK, "Đắk Lắk", QUANG_NGAI, "Quảng Ngãi"),
                Map.of("TP.HCM – Duyên hải Trung Bộ", List.of("Gia Lai", "Đắk Lắk")));
    }

    private static ScorecardAssembly.Inputs inputs(ScorecardScope scope, List<KpiValue> values, Map<String, Target> targets,
                                                   Map<ProvinceId, SubmissionStatuses.ProvinceSubmission> statuses) {
        return new ScorecardAssembly.Inputs(
                new ScorecardRequest(new ScorecardSubject.Programme("HCMC_TN"), Q3, ScorecardView.CURRENT, ReportLanguage.VI),
                scope, CATALOGUE, values, targets, statuses, List.of(), List.of(LocalDate.of(2025, 7, 1)), false, Map.of());
    }

    /** Gia Lai's Q3 workbook arrived last, on 20/10/2025 09:00 (Vietnam). */
    private static KpiValue value(Quarter quarter, int province, String kpi, String value) {
        Instant received = quarter.equals(Q2) ? Instant.parse("2025-07-15T02:00:00Z")
                : province == 1 ? Instant.parse("2025-10-20T02:00:00Z") : Instant.parse("2025-10-05T02:00:00Z");
        return new KpiValue(province, province, quarter, received, kpi, value == null ? null : dec(value));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
