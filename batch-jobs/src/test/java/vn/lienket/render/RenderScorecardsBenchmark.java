package vn.lienket.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardRenderer;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.data.ScorecardAssembler;
import vn.lienket.scorecard.data.ScorecardRequest;
import vn.lienket.scorecard.data.ScorecardSubject;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.testsupport.TestPostgres;

/**
 * Times {@code renderScorecardsJob} for a full quarter (every programme and member province, 2025-Q3, both
 * programmes' members loaded for the eight quarters the trends read) against a reference measured in the same run:
 * rendering the same, already assembled models with {@link ScorecardRenderer} alone. Also prints assembling alone
 * and a repeated request (a completed job instance: registry look-up only).
 * Run: {@code ./mvnw -B -q -pl batch-jobs -am test-compile -Pscorecard-job-benchmark} (LIENKET_TEST_DB_URL to use a local server).
 */
public final class RenderScorecardsBenchmark {

    private static final Quarter QUARTER = Quarter.parse("2025-Q3");
    private static final int ROUNDS = 5;
    private static final int PROJECTS_PER_WORKBOOK = 40;

    private RenderScorecardsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("scorecard-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ScorecardTestApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .initializers(new PostgresTestInitializer(TestPostgres.shared().createDatabase("scorecard_bench")))
                .properties(Map.of("lienket.archive-dir", work.resolve("archive").toString(),
                        "logging.level.root", "WARN"))
                .run()) {
            int loaded = loadQuarters(context.getBean(SubmissionIntake.class), context.getBean(JdbcClient.class), work);
            ScorecardAssembler assembler = context.getBean(ScorecardAssembler.class);
            ScorecardRuns runs = context.getBean(ScorecardRuns.class);
            ScorecardRenderer renderer = new ScorecardRenderer();
            List<ScorecardSubject> subjects = assembler.subjects(QUARTER, ScorecardView.CURRENT);
            System.out.printf("%d workbooks loaded; %s has %d scorecards (%s)%n", loaded, QUARTER, subjects.size(), subjects);

            List<Scorecard> models = assemble(assembler, subjects);
            models.forEach(renderer::render);
            runs.render(request(work, 0), recorded -> { });

            List<Long> reference = new ArrayList<>();
            List<Long> assembling = new ArrayList<>();
            List<Long> job = new ArrayList<>();
            List<Long> repeated = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                models.forEach(renderer::render);
                reference.add(millis(start));
                start = System.nanoTime();
                assemble(assembler, subjects);
                assembling.add(millis(start));
                start = System.nanoTime();
                runs.render(request(work, round), recorded -> { });
                job.add(millis(start));
                start = System.nanoTime();
                runs.render(request(work, round), recorded -> { });
                repeated.add(millis(start));
                System.out.printf("round %d: reference (render only) %d ms, assemble %d ms, job %d ms, repeated request %d ms%n",
                        round, reference.get(round - 1), assembling.get(round - 1), job.get(round - 1), repeated.get(round - 1));
            }
            long referenceMedian = median(reference);
            long jobMedian = median(job);
            System.out.printf("median over %d rounds, %d scorecards: job %d ms (%.1f ms per scorecard); reference %d ms;"
                            + " ratio job/reference %.2f; assemble %d ms (%.2f of reference); repeated request %d ms%n",
                    ROUNDS, subjects.size(), jobMedian, (double) jobMedian / subjects.size(), referenceMedian,
                    (double) jobMedian / referenceMedian, median(assembling), (double) median(assembling) / referenceMedian,
                    median(repeated));
        }
    }

    /** Every member of both programmes, for the eight quarters ending at {@link #QUARTER}, in each quarter's era. */
    private static int loadQuarters(SubmissionIntake intake, JdbcClient jdbc, Path work) throws Exception {
        SplittableRandom random = new SplittableRandom(20253);
        int loaded = 0;
        for (Quarter quarter : ScorecardAssembler.window(QUARTER)) {
            List<String> members = jdbc.sql("""
                            SELECT DISTINCT era_code || ':' || province_code FROM v_programme_quarter_member
                             WHERE quarter_key = :quarter ORDER BY 1""")
                    .param("quarter", quarter.key()).query(String.class).list();
            for (String province : members) {
                TestWorkbooks workbook = TestWorkbooks.of(province, quarter.toString());
                for (int i = 0; i < PROJECTS_PER_WORKBOOK; i++) {
                    workbook.project(random.nextInt(4) == 0 ? "suspended" : "completed_operating",
                            String.valueOf(random.nextInt(10, 5000)));
                }
                workbook.ocop(3, random.nextInt(10, 90), random.nextInt(0, 5)).ocop(4, random.nextInt(1, 30), random.nextInt(0, 3))
                        .event("supply_demand_conference").event("trade_fair");
                intake.load(workbook.write(work.resolve("workbooks"), jdbc), "benchmark");
                loaded++;
            }
        }
        return loaded;
    }

    private static List<Scorecard> assemble(ScorecardAssembler assembler, List<ScorecardSubject> subjects) {
        return subjects.stream()
                .map(subject -> assembler.assemble(new ScorecardRequest(subject, QUARTER, ScorecardView.CURRENT, ReportLanguage.VI)))
                .toList();
    }

    private static ScorecardRuns.RenderRequest request(Path work, int round) {
        return new ScorecardRuns.RenderRequest(QUARTER, ScorecardView.CURRENT, ReportLanguage.VI, List.of(),
                work.resolve("scorecards-" + round));
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
