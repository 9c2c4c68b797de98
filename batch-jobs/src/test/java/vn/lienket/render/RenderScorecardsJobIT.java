package vn.lienket.render;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Objects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import vn.lienket.distribution.RenderedScorecardFile;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.TrendPoint;
import vn.lienket.scorecard.TrendSeries;
import vn.lienket.scorecard.data.ScorecardAssembler;
import vn.lienket.scorecard.data.ScorecardRequest;
import vn.lienket.scorecard.data.ScorecardSubject;
import vn.lienket.testsupport.PostgresTestInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = ScorecardTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class RenderScorecardsJobIT {

    static final Quarter Q2 = Quarter.parse("2025-Q2");
    static final Quarter Q3 = Quarter.parse("2025-Q3");
    static final ScorecardSubject TAY_NGUYEN = new ScorecardSubject.Programme("HCMC_TN");
    static final ScorecardSubject LAM_DONG = new ScorecardSubject.Province(ProvinceId.parse("P34:68"));

    @TempDir
    static Path archiveDir;

    @TempDir
    static Path scorecardDir;

    @TempDir
    Path work;

    @Autowired
    SubmissionIntake intake;

    @Autowired
    ScorecardRuns runs;

    @Autowired
    ScorecardAssembler assembler;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobRepository jobRepository;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("lienket.archive-dir", () -> archiveDir.toString());
        registry.add("lienket.scorecard.output-dir", () -> scorecardDir.toString());
    }

    /** Each test starts with no submissions, targets, job runs or scorecards (the registry's guard lifted for this only). */
    @BeforeEach
    void emptyWarehouse() {
        OperationsTestApplication.reset(jdbc);
        jdbc.sql("ALTER TABLE scorecard DISABLE TRIGGER scorecard_no_truncate").update();
        jdbc.sql("TRUNCATE programme_target, scorecard").update();
        jdbc.sql("ALTER TABLE scorecard ENABLE TRIGGER scorecard_no_truncate").update();
    }

    /**
     * Tây Nguyên in 2025-Q3 as submitted: Lâm Đồng reported 3 projects (2 implemented or operating) in Q2 as P63:68;
     * in Q3 Lâm Đồng (P34:68) reports 4 and Đắk Lắk (P34:66) 1, all implemented or operating: 5, by 2 of the 4 members.
     * Q2's figures come from other provinces (the P63 members), so no change is shown, never "+150 %".
     * Target 8 for the year: after three quarters the bar is 6, so 5 is 83.3 %, amber.
     */
    @Test
    void aProgrammeScorecardPrintsTheHandComputedFigures() throws Exception {
        load(TestWorkbooks.of("P63:68", "2025-Q2").project("completed_operating", "100").project("under_implementation", "50")
                .project("suspended", "30").ocop(3, 10, 2).event("supply_demand_conference"));
        load(TestWorkbooks.of("P34:68", "2025-Q3").project("completed_operating", "100").project("under_implementation", "50")
                .project("partially_completed", "1000.5").project("completed_operating", "20").ocop(3, 12, 2).ocop(4, 3, 1)
                .event("exhibition_week").event("trade_fair"));
        load(TestWorkbooks.of("P34:66", "2025-Q3").project("completed_operating", "80").event("trade_fair"));
        jdbc.sql("""
                INSERT INTO programme_target (programme_key, kpi_code, year, quarter, target_value)
                SELECT programme_key, 'investment_projects_active', 2025, NULL, 8 FROM dim_programme WHERE code = 'HCMC_TN'""")
                .update();

        ScorecardRecord recorded = render(TAY_NGUYEN, Q3, ScorecardView.AS_SUBMITTED, ReportLanguage.VI, work);

        String text = pdfText(recorded.pdf());
        assertThat(cells(text, "Dự án đang triển khai và hoạt động")).containsSubsequence("5", "6", "83,3 %")
                .noneMatch(cell -> cell.startsWith("+"));
        assertThat(cells(text, "Vốn đăng ký")).contains("1.250,5");
        assertThat(cells(text, "Sản phẩm OCOP được công nhận")).contains("15").noneMatch(cell -> cell.endsWith("%"));
        assertThat(cells(text, "Sự kiện xúc tiến")).contains("3").noneMatch(cell -> cell.endsWith("%"));
        assertThat(text).contains("2/4 tỉnh báo cáo").doesNotContain("+150", "+50,0", "+200");
        assertThat(text).contains("TP.HCM – Tây Nguyên", "Quý 3/2025", "Lâm Đồng", "Đắk Lắk", "Gia Lai", "Quảng Ngãi",
                "Trễ hạn", "Chưa nộp");
        assertThat(recorded.includedSubmissionIds()).hasSize(3);
        assertThat(recorded.dataAsOf()).isEqualTo(jdbc.sql("SELECT max(received_at) FROM submission WHERE status = 'loaded'")
                .query(OffsetDateTime.class).single().toInstant());
    }

    /**
     * Bình Thuận (P63:60, 2 projects), Lâm Đồng (P63:68, 3 projects) and Đắk Nông (P63:67, one suspended project) all
     * became Lâm Đồng (P34:68) on 1 July 2025. Today's Lâm Đồng had 5 projects implemented or operating in Q2 and
     * reports 4 in Q3: down 20 %. As submitted, P34:68 has no Q2 to compare.
     */
    @Test
    void theCurrentViewRollsBinhThuanIntoLamDongAcrossTheMerger() throws Exception {
        load(TestWorkbooks.of("P63:60", "2025-Q2").project("completed_operating", "10").project("under_implementation", "20"));
        load(TestWorkbooks.of("P63:67", "2025-Q2").project("suspended", "5"));
        load(TestWorkbooks.of("P63:68", "2025-Q2").project("completed_operating", "100").project("under_implementation", "50")
                .project("partially_completed", "30"));
        load(TestWorkbooks.of("P34:68", "2025-Q3").project("completed_operating", "100").project("under_implementation", "50")
                .project("partially_completed", "30").project("completed_operating", "20"));

        String current = pdfText(render(LAM_DONG, Q3, ScorecardView.CURRENT, ReportLanguage.VI, work).pdf());
        String asSubmitted = pdfText(render(LAM_DONG, Q3, ScorecardView.AS_SUBMITTED, ReportLanguage.VI, work).pdf());

        assertThat(cells(current, "Dự án đang triển khai và hoạt động")).containsSubsequence("4", "-20,0 %");
        assertThat(current).contains("Bình Thuận (P63:60)", "Lâm Đồng (P63:68)", "quy về 34 tỉnh hiện nay");
        assertThat(line(asSubmitted, "Dự án đang triển khai và hoạt động")).doesNotContain("%");
        assertThat(asSubmitted).contains("theo địa giới cũ").doesNotContain("Bình Thuận");

        assertThat(projectsTrend(TAY_NGUYEN, ScorecardView.CURRENT)).containsExactly(5, 4);
        assertThat(projectsTrend(TAY_NGUYEN, ScorecardView.AS_SUBMITTED)).containsExactly(3, 4);
    }

    @Test
    void renderingTwiceGivesTheSameBytesAlsoAfterReloadingNothingNew() throws Exception {
        Path workbook = TestWorkbooks.of("P34:68", "2025-Q3").project("completed_operating", "100").ocop(3, 12, 2)
                .event("trade_fair").write(work.resolve("in"), jdbc);
        assertThat(intake.load(workbook, "sct-lamdong").submission().status()).isEqualTo(SubmissionStatus.LOADED);
        Path first = work.resolve("first");
        List<ScorecardRecord> once = runs.render(request(first), recorded -> { });

        assertThat(intake.load(workbook, "sct-lamdong").alreadyProcessed()).isTrue();
        List<ScorecardRecord> again = runs.render(request(first), recorded -> { });
        List<ScorecardRecord> elsewhere = runs.render(request(work.resolve("second")), recorded -> { });

        assertThat(once).extracting(ScorecardRecord::subjectCode).contains("HCMC_TN", "HCMC_DHTB", "P34:68");
        assertThat(again).containsExactlyElementsOf(once);
        assertThat(elsewhere).extracting(ScorecardRecord::pdfSha256).containsExactlyElementsOf(
                once.stream().map(ScorecardRecord::pdfSha256).toList());
        assertThat(elsewhere).extracting(ScorecardRecord::xlsxSha256).containsExactlyElementsOf(
                once.stream().map(ScorecardRecord::xlsxSha256).toList());
        assertThat(elsewhere.get(0).pdf()).startsWith(work.resolve("second")).exists();
        assertThat(jdbc.sql("SELECT count(*) FROM scorecard").query(Long.class).single()).isEqualTo(2L * once.size());
    }

    /**
     * A process killed while rendering (kill -9, machine lost) leaves its job execution and step marked STARTED
     * in the job repository, as set up here; the next render of the same scorecards must finish them, not refuse
     * because a dead process still seems to run them.
     */
    @Test
    void aRenderLeftRunningByAKilledProcessIsFinishedByTheNextRun() throws Exception {
        load(TestWorkbooks.of("P34:68", "2025-Q3").project("completed_operating", "100"));
        ScorecardRuns.RenderRequest request = request(work.resolve("out"));
        JobParameters parameters = runs.parameters(request);
        JobExecution killed = jobRepository.createJobExecution(
                jobRepository.createJobInstance(RenderScorecardsJobConfiguration.JOB_NAME, parameters), parameters,
                new ExecutionContext());
        killed.setStatus(BatchStatus.STARTED);
        killed.setStartTime(LocalDateTime.now());
        jobRepository.update(killed);
        StepExecution step = jobRepository.createStepExecution("renderScorecardsStep", killed);
        step.setStatus(BatchStatus.STARTED);
        step.setStartTime(LocalDateTime.now());
        jobRepository.update(step);
        Path halfWritten = Files.write(Files.createDirectories(request.outputDir().resolve("2025-Q3")).resolve(".partial-99.tmp"),
                new byte[] {1, 2});
        Files.setLastModifiedTime(halfWritten, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        List<ScorecardRecord> rendered = runs.render(request, recorded -> { });

        assertThat(halfWritten).as("the killed render's half-written file").doesNotExist();
        assertThat(rendered).extracting(ScorecardRecord::subjectCode).contains("HCMC_TN", "HCMC_DHTB", "P34:68");
        assertThat(rendered).allSatisfy(recorded -> assertThat(recorded.pdf()).exists());
        assertThat(jobRepository.getLastJobExecution(RenderScorecardsJobConfiguration.JOB_NAME, parameters).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(jobRepository.getJobExecution(killed.getId()).getStatus()).as("the dead process's execution")
                .isEqualTo(BatchStatus.FAILED);
    }

    @Test
    void theRegistryAndTheDirectoryRefuseToOverwriteAScorecard() throws Exception {
        load(TestWorkbooks.of("P34:68", "2025-Q3").project("completed_operating", "100"));
        ScorecardRecord recorded = render(LAM_DONG, Q3, ScorecardView.CURRENT, ReportLanguage.EN, work);
        byte[] sent = Files.readAllBytes(recorded.pdf());

        assertThatThrownBy(() -> jdbc.sql("UPDATE scorecard SET pdf_sha256 = repeat('0', 64)").update())
                .rootCause().hasMessageContaining("scorecard registry is write-once: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM scorecard").update())
                .rootCause().hasMessageContaining("scorecard registry is write-once: DELETE refused");
        assertThatThrownBy(() -> ScorecardFiles.writeOnce(recorded.pdf(), new byte[] {1, 2, 3}))
                .isInstanceOf(ScorecardFiles.ScorecardOverwriteException.class);
        assertThat(Files.readAllBytes(recorded.pdf())).isEqualTo(sent);
        assertThat(sha256(sent)).isEqualTo(recorded.pdfSha256());
    }

    @Test
    void theScheduledDistributionGetsEveryProgrammeAndProvinceScorecardWithItsAudience() throws Exception {
        load(TestWorkbooks.of("P34:68", "2025-Q3").project("completed_operating", "100"));

        List<RenderedScorecardFile> files = runs.render(Q3);

        assertThat(files).extracting(file -> file.audience().toString())
                .contains("programme:HCMC_TN", "programme:HCMC_DHTB", "province:P34:68", "province:P34:51");
        assertThat(files).allSatisfy(file -> {
            assertThat(file.path()).startsWith(scorecardDir).hasExtension("pdf");
            assertThat(sha256(Files.readAllBytes(file.path()))).isEqualTo(file.sha256());
        });
        assertThat(files).filteredOn(file -> file.audience().toString().equals("programme:HCMC_TN"))
                .singleElement().satisfies(file -> assertThat(file.title()).isEqualTo("TP.HCM – Tây Nguyên"));
    }

    @Test
    void everyKpiOfTheCatalogueIsComputedForEveryLoadedSubmissionAndNoOtherIs() throws Exception {
        load(TestWorkbooks.of("P34:68", "2025-Q3").project("completed_operating", "100"));

        assertThat(jdbc.sql("SELECT kpi_code FROM v_kpi_submission_value ORDER BY kpi_code").query(String.class).list())
                .isEqualTo(jdbc.sql("SELECT code FROM dim_kpi ORDER BY code").query(String.class).list());
        assertThat(jdbc.sql("SELECT value FROM v_kpi_submission_value WHERE kpi_code = 'events_held'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("0");
    }

    private List<Integer> projectsTrend(ScorecardSubject subject, ScorecardView view) {
        Scorecard scorecard = assembler.assemble(new ScorecardRequest(subject, Q3, view, ReportLanguage.VI));
        TrendSeries projects = scorecard.trends().stream()
                .filter(series -> series.label().equals("Dự án đang triển khai và hoạt động")).findFirst().orElseThrow();
        return projects.points().stream().map(TrendPoint::value).filter(Objects::nonNull)
                .map(BigDecimal::intValueExact).toList();
    }

    private ScorecardRuns.RenderRequest request(Path outputDir) {
        return new ScorecardRuns.RenderRequest(Q3, ScorecardView.CURRENT, ReportLanguage.VI, List.of(), outputDir);
    }

    private ScorecardRecord render(ScorecardSubject subject, Quarter quarter, ScorecardView view, ReportLanguage language,
                                   Path outputDir) {
        return runs.render(new ScorecardRuns.RenderRequest(quarter, view, language, List.of(subject), outputDir),
                recorded -> { }).get(0);
    }

    private void load(TestWorkbooks workbook) throws IOException {
        SubmissionIntake.IntakeResult result = intake.load(workbook.write(work.resolve("in"), jdbc), "test");
        assertThat(result.submission().status()).as(result.reportJson().orElse("")).isEqualTo(SubmissionStatus.LOADED);
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The cells of one KPI row: the words after the label, a percent sign kept with its number ("+150,0 %"), so an
     * assertion on "5" matches the cell 5, not a 5 inside 1.250,5.
     */
    static List<String> cells(String text, String label) {
        List<String> cells = new ArrayList<>();
        for (String word : line(text, label).substring(label.length()).trim().split("\\s+")) {
            if (word.equals("%") && !cells.isEmpty()) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " %");
            } else if (!word.isEmpty()) {
                cells.add(word);
            }
        }
        return cells;
    }

    /**
     * The KPI table's row of {@code label}. A KPI some provinces did not report prints "n/m tỉnh báo cáo" under its
     * label, and the row's figures follow on that line.
     */
    static String line(String text, String label) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(label)) {
                boolean partlyReported = lines.get(i).equals(label) && i + 1 < lines.size()
                        && lines.get(i + 1).contains("tỉnh báo cáo");
                return partlyReported ? label + " " + lines.get(i + 1) : lines.get(i);
            }
        }
        throw new AssertionError("no line starting with " + label + " in:\n" + text);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
