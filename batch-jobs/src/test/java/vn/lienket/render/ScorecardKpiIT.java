package vn.lienket.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.OperationsTestApplication;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.reference.WarehouseProvinceDirectory;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.scorecard.KpiRow;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.SubmissionStatusRow;
import vn.lienket.scorecard.TraceRow;
import vn.lienket.scorecard.TracedKpi;
import vn.lienket.scorecard.data.KpiTracer;
import vn.lienket.scorecard.data.ScorecardAssembler;
import vn.lienket.scorecard.data.ScorecardRequest;
import vn.lienket.scorecard.data.ScorecardSubject;
import vn.lienket.testsupport.PostgresTestInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every KPI of the catalogue, checked against values worked out by hand ({@code scorecard-kpis-expected.csv} beside
 * this class, with the working in its {@code how} column): value, provinces reported, change on the quarter and on the
 * year, target, progress and light, for a programme and a province in both views, across the 2025 merger.
 *
 * <p>The fixture goes through the real load path: workbooks written by the workbook module, loaded by the intake
 * (checked, staged, committed), read back through {@code v_kpi_submission_value} and assembled. It holds a province
 * that never reports (Kon Tum, P63:62; Quảng Ngãi, P34:51 in 2025-Q3), a superseded submission (Gia Lai 2025-Q2 sent
 * twice: only the second counts), blank cells (Đắk Lắk's disbursed capital and producers in 2025-Q2, Bình Thuận's
 * jobs in 2025-Q2, businesses of two 2025-Q3 events), and quarters on both sides of the merger. Every submission is
 * loaded after its deadline (the intake stamps today's time), so each is late.
 *
 * <p>The workbooks, one line each (projects: status, registered, disbursed, jobs; OCOP: star, recognised, newly,
 * re-recognised, producers, pending 5-star; events: type, businesses, products, booths, MOUs, deal value; "–" blank):
 * <pre>
 * 2024-Q2 P63:64  P co 100/40/20                          O 3★ 10/1/0/4/0                 E fair 10/50/12/1/2.5
 * 2024-Q2 P63:66  P ui 50/10/5                            O 3★ 6/1/1/3/0
 * 2024-Q2 P63:67  P co 30/30/8, su 20/0/0                 O 4★ 2/0/0/1/1                  E week 5/20/6/0/0
 * 2024-Q2 P63:68  P co 200/150/60, pc 80/20/10            O 3★ 12/2/0/6/0, 4★ 3/1/0/2/1   E conf 30/80/0/3/12
 * 2024-Q3 P63:60  P co 40/20/10                           O 3★ 5/1/0/2/0                  E fair 8/30/10/0/1
 * 2024-Q3 P63:67  P co 30/30/8                            O 4★ 2/0/0/1/1
 * 2024-Q3 P63:68  P co 200/160/60, pc 80/30/12            O 3★ 13/1/0/6/0, 4★ 3/0/0/2/1   E week 20/60/15/2/8
 * 2025-Q1 P63:64  P co 100/50/22                          O 3★ 11/1/0/4/0
 * 2025-Q1 P63:66  P ui 50/20/6                            O 3★ 7/1/0/3/0                  E item –/–/–/1/–
 * 2025-Q1 P63:67  P co 30/30/8                            O 4★ 2/0/0/1/1
 * 2025-Q1 P63:68  P co 200/170/62, pc 80/40/12            O 3★ 14/1/1/7/0, 4★ 3/0/0/2/1   E fair 25/70/20/2/5
 * 2025-Q2 P63:60  P co 40/25/10, ui 60/5/–                O 3★ 6/1/0/2/0                  E fair 10/40/12/1/2
 * 2025-Q2 P63:64  (first, superseded) P co 100/55/22      O 3★ 11/0/0/4/0
 * 2025-Q2 P63:64  P co 100/60/24, ui 40/0/3               O 3★ 12/1/0/5/0                 E week 12/40/10/1/3
 * 2025-Q2 P63:66  P ui 50/–/6, co 20/20/4                 O 3★ 8/1/0/–/0
 * 2025-Q2 P63:67  P co 30/30/8                            O 4★ 2/0/0/1/1, 5★ 1/1/0/1/0
 * 2025-Q2 P63:68  P co 200/180/64, pc 80/50/14, su 10/0/0 O 3★ 15/1/0/7/0, 4★ 4/1/0/2/1   E conf 40/100/0/4/20, fair 30/90/25/2/6
 * 2025-Q3 P34:68  P co 260/240/80, pc 90/60/16, ui 60/10/2  O 3★ 22/2/1/9/0, 4★ 7/1/0/3/2, 5★ 1/0/0/1/0
 *                                                                         E week –/120/30/3/10, fair 15/60/18/1/4
 * 2025-Q3 P34:66  P ui 70/20/10, co 20/20/4               O 3★ 10/2/0/4/0                 E item –/–/–/2/–
 * 2025-Q3 P34:52  P co 140/70/30                          O 3★ 13/1/0/6/0
 * 2025-Q3 P34:01  P ui 10/5/1                             (Hà Nội, in no programme)
 * </pre>
 */
@SpringBootTest(classes = ScorecardTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class ScorecardKpiIT {

    private static final String CO = "completed_operating";
    private static final String PC = "partially_completed";
    private static final String UI = "under_implementation";
    private static final String SU = "suspended";
    private static final String FAIR = "trade_fair";
    private static final String WEEK = "exhibition_week";
    private static final String CONF = "supply_demand_conference";
    private static final String ITEM = "cooperation_item";

    /** The scorecards the expected table covers: both views, a programme and a province subject. */
    private static final Map<String, ScorecardRequest> SCORECARDS = new LinkedHashMap<>();

    static {
        SCORECARDS.put("programme:HCMC_TN:as:2025-Q2", request(new ScorecardSubject.Programme("HCMC_TN"), "2025-Q2",
                ScorecardView.AS_SUBMITTED));
        SCORECARDS.put("programme:HCMC_TN:current:2025-Q3", request(new ScorecardSubject.Programme("HCMC_TN"), "2025-Q3",
                ScorecardView.CURRENT));
        SCORECARDS.put("province:P34:68:current:2025-Q3", request(new ScorecardSubject.Province(ProvinceId.parse("P34:68")),
                "2025-Q3", ScorecardView.CURRENT));
        SCORECARDS.put("province:P63:68:as:2025-Q2", request(new ScorecardSubject.Province(ProvinceId.parse("P63:68")),
                "2025-Q2", ScorecardView.AS_SUBMITTED));
    }

    @TempDir
    static Path archiveDir;

    @TempDir
    static Path scorecardDir;

    @TempDir
    static Path work;

    @Autowired
    SubmissionIntake intake;

    @Autowired
    ScorecardAssembler assembler;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("lienket.archive-dir", () -> archiveDir.toString());
        registry.add("lienket.scorecard.output-dir", () -> scorecardDir.toString());
    }

    /** Loaded once for the class (its tests only read); other classes sharing the context empty the warehouse first. */
    private static boolean fixtureLoaded;

    @BeforeEach
    void loadTheFixture() throws IOException {
        if (fixtureLoaded) {
            return;
        }
        fixtureLoaded = true;
        OperationsTestApplication.reset(jdbc);
        jdbc.sql("TRUNCATE programme_target").update();
        load(workbook("2024-Q2", "P63:64").project(CO, "100", "40", 20L).ocop(3, 10, 1L, 0L, 4L, 0L)
                .event(FAIR, 10L, 50L, 12L, 1L, "2.5"));
        load(workbook("2024-Q2", "P63:66").project(UI, "50", "10", 5L).ocop(3, 6, 1L, 1L, 3L, 0L));
        load(workbook("2024-Q2", "P63:67").project(CO, "30", "30", 8L).project(SU, "20", "0", 0L).ocop(4, 2, 0L, 0L, 1L, 1L)
                .event(WEEK, 5L, 20L, 6L, 0L, "0"));
        load(workbook("2024-Q2", "P63:68").project(CO, "200", "150", 60L).project(PC, "80", "20", 10L)
                .ocop(3, 12, 2L, 0L, 6L, 0L).ocop(4, 3, 1L, 0L, 2L, 1L).event(CONF, 30L, 80L, 0L, 3L, "12"));
        load(workbook("2024-Q3", "P63:60").project(CO, "40", "20", 10L).ocop(3, 5, 1L, 0L, 2L, 0L)
                .event(FAIR, 8L, 30L, 10L, 0L, "1"));
        load(workbook("2024-Q3", "P63:67").project(CO, "30", "30", 8L).ocop(4, 2, 0L, 0L, 1L, 1L));
        load(workbook("2024-Q3", "P63:68").project(CO, "200", "160", 60L).project(PC, "80", "30", 12L)
                .ocop(3, 13, 1L, 0L, 6L, 0L).ocop(4, 3, 0L, 0L, 2L, 1L).event(WEEK, 20L, 60L, 15L, 2L, "8"));
        load(workbook("2025-Q1", "P63:64").project(CO, "100", "50", 22L).ocop(3, 11, 1L, 0L, 4L, 0L));
        load(workbook("2025-Q1", "P63:66").project(UI, "50", "20", 6L).ocop(3, 7, 1L, 0L, 3L, 0L)
                .event(ITEM, null, null, null, 1L, null));
        load(workbook("2025-Q1", "P63:67").project(CO, "30", "30", 8L).ocop(4, 2, 0L, 0L, 1L, 1L));
        load(workbook("2025-Q1", "P63:68").project(CO, "200", "170", 62L).project(PC, "80", "40", 12L)
                .ocop(3, 14, 1L, 1L, 7L, 0L).ocop(4, 3, 0L, 0L, 2L, 1L).event(FAIR, 25L, 70L, 20L, 2L, "5"));
        load(workbook("2025-Q2", "P63:60").project(CO, "40", "25", 10L).project(UI, "60", "5", null)
                .ocop(3, 6, 1L, 0L, 2L, 0L).event(FAIR, 10L, 40L, 12L, 1L, "2"));
        load(workbook("2025-Q2", "P63:64").project(CO, "100", "55", 22L).ocop(3, 11, 0L, 0L, 4L, 0L));
        load(workbook("2025-Q2", "P63:64").project(CO, "100", "60", 24L).project(UI, "40", "0", 3L)
                .ocop(3, 12, 1L, 0L, 5L, 0L).event(WEEK, 12L, 40L, 10L, 1L, "3"));
        load(workbook("2025-Q2", "P63:66").project(UI, "50", null, 6L).project(CO, "20", "20", 4L)
                .ocop(3, 8, 1L, 0L, null, 0L));
        load(workbook("2025-Q2", "P63:67").project(CO, "30", "30", 8L).ocop(4, 2, 0L, 0L, 1L, 1L).ocop(5, 1, 1L, 0L, 1L, 0L));
        load(workbook("2025-Q2", "P63:68").project(CO, "200", "180", 64L).project(PC, "80", "50", 14L)
                .project(SU, "10", "0", 0L).ocop(3, 15, 1L, 0L, 7L, 0L).ocop(4, 4, 1L, 0L, 2L, 1L)
                .event(CONF, 40L, 100L, 0L, 4L, "20").event(FAIR, 30L, 90L, 25L, 2L, "6"));
        load(workbook("2025-Q3", "P34:68").project(CO, "260", "240", 80L).project(PC, "90", "60", 16L)
                .project(UI, "60", "10", 2L).ocop(3, 22, 2L, 1L, 9L, 0L).ocop(4, 7, 1L, 0L, 3L, 2L).ocop(5, 1, 0L, 0L, 1L, 0L)
                .event(WEEK, null, 120L, 30L, 3L, "10").event(FAIR, 15L, 60L, 18L, 1L, "4"));
        load(workbook("2025-Q3", "P34:66").project(UI, "70", "20", 10L).project(CO, "20", "20", 4L)
                .ocop(3, 10, 2L, 0L, 4L, 0L).event(ITEM, null, null, null, 2L, null));
        load(workbook("2025-Q3", "P34:52").project(CO, "140", "70", 30L).ocop(3, 13, 1L, 0L, 6L, 0L));
        load(workbook("2025-Q3", "P34:01").project(UI, "10", "5", 1L));
        target("investment_projects_active", null, 12);
        target("investment_registered_capital", null, 1000);
        target("ocop_products", null, 60);
        target("ocop_newly_recognised", null, 10);
        target("events_held", null, 8);
        target("event_booths", 2, 40);
    }

    @Test
    void everyKpiOfTheCatalogueHasAHandComputedValueForEveryScorecard() throws IOException {
        List<String> catalogue = jdbc.sql("SELECT code FROM dim_kpi ORDER BY code").query(String.class).list();
        Map<String, Map<String, Expected>> expected = expected();

        assertThat(expected.keySet()).containsExactlyElementsOf(SCORECARDS.keySet());
        expected.forEach((scorecard, kpis) ->
                assertThat(new TreeSet<>(kpis.keySet())).as(scorecard).containsExactlyElementsOf(catalogue));
    }

    @Test
    void everyKpiOfEveryScorecardIsTheHandComputedValue() throws IOException {
        Map<String, Map<String, Expected>> expected = expected();
        List<String> codes = jdbc.sql("SELECT code FROM dim_kpi ORDER BY sort_order").query(String.class).list();
        SoftAssertions softly = new SoftAssertions();
        SCORECARDS.forEach((name, request) -> {
            Scorecard scorecard = assembler.assemble(request);
            assertThat(scorecard.kpis()).as(name).hasSameSizeAs(codes);
            for (int i = 0; i < codes.size(); i++) {
                KpiRow row = scorecard.kpis().get(i);
                Expected want = expected.get(name).get(codes.get(i));
                String where = name + " " + codes.get(i) + " (" + want.how() + ")";
                softly.assertThat(plain(row.value())).as(where + " value").isEqualTo(want.value());
                softly.assertThat(row.reportedProvinces() + "/" + row.provincesInScope()).as(where + " reported")
                        .isEqualTo(want.reported());
                softly.assertThat(plain(row.changeQoqPercent())).as(where + " qoq").isEqualTo(want.qoq());
                softly.assertThat(plain(row.changeYoyPercent())).as(where + " yoy").isEqualTo(want.yoy());
                softly.assertThat(plain(row.target())).as(where + " target").isEqualTo(want.target());
                softly.assertThat(plain(row.progressPercent())).as(where + " progress").isEqualTo(want.progress());
                softly.assertThat(row.light().name()).as(where + " light").isEqualTo(want.light());
            }
        });
        softly.assertAll();
    }

    /**
     * {@code lienket trace} gives back every figure: for every scorecard and every KPI of the catalogue, the rows the
     * trace marks as added sum to the value the scorecard prints, over the same provinces.
     */
    @Test
    void theTraceOfEveryKpiOfEveryScorecardAddsUpToTheScorecardsFigure() {
        List<String> codes = jdbc.sql("SELECT code FROM dim_kpi ORDER BY sort_order").query(String.class).list();
        KpiTracer tracer = new KpiTracer(jdbc, () -> new WarehouseProvinceDirectory(jdbc));
        SoftAssertions softly = new SoftAssertions();
        SCORECARDS.forEach((name, request) -> {
            Scorecard scorecard = assembler.assemble(request);
            Map<String, TracedKpi> traces = tracer.traceAll(request);
            assertThat(traces.keySet()).as(name).containsExactlyElementsOf(codes);
            for (int i = 0; i < codes.size(); i++) {
                KpiRow row = scorecard.kpis().get(i);
                TracedKpi trace = traces.get(codes.get(i));
                String where = name + " " + codes.get(i);
                softly.assertThat(plain(trace.total())).as(where + " total").isEqualTo(plain(row.value()));
                softly.assertThat(trace.reportedProvinces() + "/" + trace.provincesInScope()).as(where + " reported")
                        .isEqualTo(row.reportedProvinces() + "/" + row.provincesInScope());
                softly.assertThat(trace.definition()).as(where + " definition").isNotBlank();
            }
        });
        softly.assertAll();
    }

    /**
     * How each row entered the figure, on Tây Nguyên's 2025-Q2 disbursed capital (as submitted): Đắk Lắk left a
     * project's disbursed capital blank, so that row is blank and its other project is not counted; Gia Lai's first
     * workbook was superseded; Kon Tum sent nothing. Every row names its file and cell.
     */
    @Test
    void theTraceSaysHowEachRowEnteredTheFigureAndWhereItComesFrom() {
        TracedKpi trace = new KpiTracer(jdbc, () -> new WarehouseProvinceDirectory(jdbc)).trace(SCORECARDS.get("programme:HCMC_TN:as:2025-Q2"), "investment_disbursed_capital");

        assertThat(trace.rows()).filteredOn(row -> row.province().equals("P63:66"))
                .extracting(TraceRow::item, row -> plain(row.value()), TraceRow::contribution)
                .containsExactly(tuple("DA-66-1", "", TraceRow.Contribution.BLANK),
                        tuple("DA-66-2", "20", TraceRow.Contribution.NOT_COUNTED));
        assertThat(trace.rows()).filteredOn(row -> row.province().equals("P63:64"))
                .extracting(row -> plain(row.value()), TraceRow::contribution)
                .containsExactly(tuple("55", TraceRow.Contribution.SUPERSEDED), tuple("60", TraceRow.Contribution.ADDED),
                        tuple("0", TraceRow.Contribution.ADDED));
        assertThat(trace.notSubmitted()).containsExactly("Kon Tum (P63:62)");
        assertThat(plain(trace.total())).isEqualTo("320");
        assertThat(trace.addedRows()).allSatisfy(row -> {
            assertThat(row.sheet()).isNotBlank();
            assertThat(row.row()).isPositive();
            assertThat(jdbc.sql("SELECT file_sha256 FROM submission WHERE submission_id = :id").param("id", row.submissionId())
                    .query(String.class).single()).isEqualTo(row.fileSha256());
        });
    }

    /**
     * The submission table lists the provinces whose figures the quarter counts, in Vietnamese order, with their true
     * status: as submitted the 2025-Q2 members; in the current view of 2025-Q3 today's members, Quảng Ngãi missing.
     */
    @Test
    void theSubmissionTableListsTheProvincesTheFiguresCountInVietnameseOrder() {
        Scorecard asSubmitted = assembler.assemble(SCORECARDS.get("programme:HCMC_TN:as:2025-Q2"));
        Scorecard current = assembler.assemble(SCORECARDS.get("programme:HCMC_TN:current:2025-Q3"));

        assertThat(asSubmitted.submissions()).extracting(SubmissionStatusRow::province, row -> row.status().name())
                .containsExactly(tuple("Đắk Lắk", "LATE"), tuple("Đắk Nông", "LATE"), tuple("Gia Lai", "LATE"),
                        tuple("Kon Tum", "MISSING"), tuple("Lâm Đồng", "LATE"));
        assertThat(current.submissions()).extracting(SubmissionStatusRow::province, row -> row.status().name())
                .containsExactly(tuple("Đắk Lắk", "LATE"), tuple("Gia Lai", "LATE"), tuple("Lâm Đồng", "LATE"),
                        tuple("Quảng Ngãi", "MISSING"));
        assertThat(current.notes()).anySatisfy(note -> assertThat(note).contains("trình bày lại"));
        assertThat(current.footnotes()).anySatisfy(note ->
                assertThat(note).contains("Đắk Lắk, Gia Lai, Lâm Đồng, Quảng Ngãi", "tính trùng"));
        assertThat(asSubmitted.notes()).noneSatisfy(note -> assertThat(note).contains("trình bày lại"));
    }

    /** A province with no submission says so first; a province in no programme shows its true status. */
    @Test
    void aProvinceWithoutASubmissionSaysSoAndOneInNoProgrammeShowsItsOwnStatus() {
        Scorecard quangNgai = assembler.assemble(request(new ScorecardSubject.Province(ProvinceId.parse("P34:51")),
                "2025-Q3", ScorecardView.AS_SUBMITTED));
        Scorecard haNoi = assembler.assemble(request(new ScorecardSubject.Province(ProvinceId.parse("P34:01")),
                "2025-Q3", ScorecardView.AS_SUBMITTED));

        assertThat(quangNgai.notes().get(0)).startsWith("Quảng Ngãi (P34:51) chưa nộp báo cáo quý 3/2025");
        assertThat(quangNgai.kpis()).allSatisfy(row -> assertThat(row.value()).isNull());
        assertThat(haNoi.submissions()).extracting(SubmissionStatusRow::province, row -> row.status().name())
                .containsExactly(tuple("Hà Nội", "LATE"));
        assertThat(haNoi.kpis().get(0).value()).isEqualByComparingTo("1");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static ScorecardRequest request(ScorecardSubject subject, String quarter, ScorecardView view) {
        return new ScorecardRequest(subject, Quarter.parse(quarter), view, ReportLanguage.VI);
    }

    private Map<String, Map<String, Expected>> expected() throws IOException {
        Map<String, Map<String, Expected>> expected = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("scorecard-kpis-expected.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(line -> !line.startsWith("#")).toList();
            assertThat(lines.get(0)).isEqualTo("scorecard,kpi,value,reported,qoq,yoy,target,progress,light,how");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                assertThat(cells).as(line).hasSize(10);
                Expected row = new Expected(cells[2], cells[3], cells[4], cells[5], cells[6], cells[7], cells[8],
                        cells[9].replace("\"", ""));
                Expected previous = expected.computeIfAbsent(cells[0], k -> new LinkedHashMap<>()).put(cells[1], row);
                assertThat(previous).as("duplicate row " + line).isNull();
            }
        }
        return expected;
    }

    /** One row of the expected table; "" where the scorecard shows nothing. */
    private record Expected(String value, String reported, String qoq, String yoy, String target, String progress,
                            String light, String how) {
    }

    private void target(String kpi, Integer quarter, int value) {
        jdbc.sql("""
                        INSERT INTO programme_target (programme_key, kpi_code, year, quarter, target_value)
                        SELECT programme_key, :kpi, 2025, :quarter, :value FROM dim_programme WHERE code = 'HCMC_TN'""")
                .param("kpi", kpi).param("quarter", quarter).param("value", value).update();
    }

    private void load(TestWorkbooks workbook) throws IOException {
        SubmissionIntake.IntakeResult result = intake.load(workbook.write(work.resolve("in"), jdbc), "fixture");
        assertThat(result.submission().status()).as(result.reportJson().orElse("")).isEqualTo(SubmissionStatus.LOADED);
    }

    private static TestWorkbooks workbook(String quarter, String province) {
        return TestWorkbooks.of(province, quarter);
    }
}
