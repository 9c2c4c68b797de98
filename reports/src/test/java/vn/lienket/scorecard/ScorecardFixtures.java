package vn.lienket.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.progress.TrafficLightPolicy;

/**
 * Scorecards built from the public 2024–2025 facts in DOMAIN.md (Lâm Đồng's 139 projects, Bạc
 * Liêu's 145 OCOP products, the Đắk Lắk exhibition week), so a rendered page reads like a real one.
 */
public final class ScorecardFixtures {

    public static final String PROGRAMME = "TP.HCM – Tây Nguyên";
    public static final List<String> TAY_NGUYEN = List.of("Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng");
    public static final Quarter QUARTER = new Quarter(2025, 2);
    public static final Instant DATA_AS_OF = Instant.parse("2025-07-21T03:15:00Z");

    private static final TrafficLightPolicy POLICY = TrafficLightPolicy.standard();

    private ScorecardFixtures() {
    }

    public static Scorecard tayNguyenProgramme(ReportLanguage language) {
        return sample(Subject.programme(PROGRAMME), TAY_NGUYEN, language, 0);
    }

    /**
     * Lâm Đồng as it is today (P34:68, which absorbed Đắk Nông and Bình Thuận), figures rolled up
     * to the current map, with no per-province breakdown.
     */
    public static Scorecard lamDongProvinceToday() {
        Scorecard full = sample(Subject.province("Lâm Đồng (P34:68)"), List.of("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
                ReportLanguage.VI, 0);
        return new Scorecard(full.title(), full.subject(), new Quarter(2025, 3), ScorecardView.CURRENT, full.language(),
                full.memberProvinces(), full.notes(), full.kpis(), full.trends(), full.submissions(), List.of(), full.dataAsOf(),
                full.includedSubmissions(), full.footnotes(), full.traces());
    }

    /**
     * A full scorecard for any subject; {@code variant} shifts every figure so a batch of
     * scorecards differs as a quarter's real set does. Variant 0 carries the documented figures.
     */
    public static Scorecard sample(Subject subject, List<String> members, ReportLanguage language, int variant) {
        boolean vi = language == ReportLanguage.VI;
        int n = members.size();
        BigDecimal shift = BigDecimal.valueOf(variant);
        String investment = vi ? "Đầu tư của doanh nghiệp TP.HCM" : "Investment by HCMC businesses";
        String ocop = vi ? "Sản phẩm OCOP" : "OCOP products";
        String promotion = vi ? "Xúc tiến thương mại" : "Trade promotion";
        List<KpiRow> kpis = List.of(
                KpiRow.withProgress(investment, vi ? "Dự án đang triển khai và hoạt động" : "Projects implemented or operating",
                        vi ? "dự án" : "projects", dec("139").add(shift), n, n, dec("2.2"), dec("8.6"),
                        POLICY.assess(dec("139").add(shift), dec("150"), 2, 4)),
                KpiRow.withProgress(investment, vi ? "Vốn đăng ký" : "Registered capital",
                        vi ? "tỷ đồng" : "billion VND", dec("1234.5").add(shift), n, n, dec("-3.4"), dec("12.0"),
                        POLICY.assess(dec("1234.5").add(shift), dec("2900"), 2, 4)),
                KpiRow.withoutTarget(investment, vi ? "Dự án đã hoàn thành, đi vào hoạt động" : "Projects completed and operating",
                        vi ? "dự án" : "projects", dec("86").add(shift), n, n, dec("1.2"), null),
                KpiRow.withProgress(ocop, vi ? "Sản phẩm OCOP được công nhận" : "Recognised OCOP products",
                        vi ? "sản phẩm" : "products", dec("145").add(shift), n, n, dec("4.3"), dec("15.1"),
                        POLICY.assess(dec("145").add(shift), dec("400"), 2, 4)),
                KpiRow.withoutTarget(ocop, vi ? "trong đó 4 sao" : "of which 4-star",
                        vi ? "sản phẩm" : "products", dec("31").add(shift), n, n, dec("0.0"), dec("6.9")),
                KpiRow.withProgress(promotion, vi ? "Hội nghị kết nối cung – cầu" : "Supply–demand conferences",
                        vi ? "sự kiện" : "events", dec("3").add(shift), n, n, null, dec("50.0"),
                        POLICY.assess(dec("3").add(shift), dec("8"), 2, 4)),
                KpiRow.withProgress(promotion, vi ? "Tuần lễ triển lãm" : "Exhibition weeks",
                        vi ? "sự kiện" : "events", dec("2").add(shift), n, n, dec("100.0"), null,
                        POLICY.assess(dec("2").add(shift), dec("6"), 2, 4)),
                KpiRow.withoutTarget(promotion, vi ? "Gian hàng tham gia" : "Booths",
                        vi ? "gian hàng" : "booths", dec("250").add(shift), n - 1, n, dec("25.0"), dec("-10.7")),
                KpiRow.withProgress(promotion, vi ? "Nội dung hợp tác song phương đã thực hiện" : "Bilateral content items carried out",
                        vi ? "nội dung" : "items", dec("10").add(shift), n, n, dec("11.1"), null,
                        POLICY.assess(dec("10").add(shift), dec("11"), 4, 4)),
                KpiRow.withoutTarget(promotion, vi ? "Giá trị giao dịch" : "Deal value",
                        vi ? "tỷ đồng" : "billion VND", null, 0, n, null, null));
        List<TrendSeries> trends = List.of(
                trend(vi ? "Dự án đang triển khai và hoạt động" : "Projects implemented or operating", vi ? "dự án" : "projects",
                        shift, "118", "121", "124", "127", "129", "133", "136", "139"),
                trend(vi ? "Vốn đăng ký" : "Registered capital", vi ? "tỷ đồng" : "billion VND",
                        shift, "880", "910.5", "975", "1020", "1102.3", "1180", "1278", "1234.5"),
                trend(vi ? "Sản phẩm OCOP được công nhận" : "Recognised OCOP products", vi ? "sản phẩm" : "products",
                        shift, "96", "104", "111", "118", "126", "133", "139", "145"),
                trend(vi ? "Sự kiện xúc tiến" : "Promotion events", vi ? "sự kiện" : "events",
                        shift, "2", "4", "3", "5", "4", "8", "4", "5"));
        List<SubmissionStatusRow> submissions = new ArrayList<>();
        SubmissionStatus[] statuses = {SubmissionStatus.ON_TIME, SubmissionStatus.LATE, SubmissionStatus.ON_TIME,
            SubmissionStatus.MISSING, SubmissionStatus.REJECTED};
        List<BreakdownRow> breakdown = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            SubmissionStatus status = statuses[(i + variant) % statuses.length];
            LocalDate received = status == SubmissionStatus.MISSING ? null
                    : QUARTER.lastDay().plusDays(status == SubmissionStatus.LATE ? 19 : 8 + i);
            submissions.add(new SubmissionStatusRow(members.get(i), status, received));
            String province = members.get(i);
            breakdown.add(new BreakdownRow(province, vi ? "Dự án" : "Projects", dec(String.valueOf(20 + 7 * i + variant))));
            breakdown.add(new BreakdownRow(province, vi ? "Vốn đăng ký (tỷ đồng)" : "Capital (bn VND)",
                    dec(String.valueOf(150 + 31 * i + variant)).add(dec("0.5"))));
            breakdown.add(new BreakdownRow(province, vi ? "Sản phẩm OCOP" : "OCOP products", dec(String.valueOf(18 + 5 * i))));
            breakdown.add(new BreakdownRow(province, vi ? "Sự kiện" : "Events", dec(String.valueOf(1 + i % 3))));
        }
        return new Scorecard(
                vi ? "Kết quả hợp tác quý" : "Quarterly cooperation results",
                subject, QUARTER,
                ScorecardView.AS_SUBMITTED, language, members,
                List.of(vi ? "Số liệu và bảng nộp báo cáo cùng gồm các tỉnh là thành viên chương trình trong từng quý."
                        : "The figures and the submission table cover the programme's members of each quarter."),
                kpis, trends, submissions, breakdown,
                DATA_AS_OF.plusSeconds(60L * variant),
                List.of(new IncludedSubmission("S-2025Q2-066-01", sha("a1")),
                        new IncludedSubmission("S-2025Q2-068-02", sha("b2")),
                        new IncludedSubmission("S-2025Q2-062-01", sha("c3"))),
                List.of(vi ? "— : chưa có số liệu." : "— : not reported."),
                List.of(projectsTrace(investment, vi, shift)));
    }

    /** The first KPI traced to two workbook rows, and a superseded workbook's row that is not added. */
    private static TracedKpi projectsTrace(String section, boolean vi, BigDecimal shift) {
        String file = "P63-68-2025-Q2.xlsx";
        return new TracedKpi("investment_projects_active", section,
                vi ? "Dự án đang triển khai và hoạt động" : "Projects implemented or operating", vi ? "dự án" : "projects",
                "v_investment_current: count of projects", dec("139").add(shift), 1, 5, List.of("Kon Tum (P63:62)"),
                List.of(new TraceRow("investment_projects_active", 67, "P63:68", "P63-68-2025-Q2-cu.xlsx", sha("d4"),
                                "Dự án đầu tư", 6, "DA-68-001", BigDecimal.ONE, TraceRow.Contribution.SUPERSEDED),
                        new TraceRow("investment_projects_active", 68, "P63:68", file, sha("b2"), "Dự án đầu tư", 6, "DA-68-001",
                                dec("138").add(shift), TraceRow.Contribution.ADDED),
                        new TraceRow("investment_projects_active", 68, "P63:68", file, sha("b2"), "Dự án đầu tư", 7,
                                "=DA-68-002", BigDecimal.ONE, TraceRow.Contribution.ADDED)));
    }

    private static TrendSeries trend(String label, String unit, BigDecimal shift, String... values) {
        List<TrendPoint> points = new ArrayList<>();
        Quarter quarter = QUARTER;
        for (int i = values.length - 1; i >= 0; i--) {
            points.add(0, new TrendPoint(quarter, dec(values[i]).add(shift)));
            quarter = quarter.previous();
        }
        return new TrendSeries(label, unit, points);
    }

    private static String sha(String seed) {
        return (seed.repeat(32)).substring(0, 64);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
