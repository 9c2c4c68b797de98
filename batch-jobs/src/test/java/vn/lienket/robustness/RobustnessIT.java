package vn.lienket.robustness;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.SubmissionIntake.LoadFailedException;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.robustness.ChildIntake.Outcome;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7: every file of the {@link HostileCorpus} goes through the intake in one 256 MB child JVM
 * and gets its verdict, all-or-nothing in the facts, archived, explained in Vietnamese; then the
 * loading JVM is killed or starved mid-load and the warehouse is checked to be as before or fully
 * loaded, never in between. Writes the robustness table (see {@link RobustnessTable}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RobustnessIT {

    private static final int FAULT_PROJECTS = 50_000;
    private static final List<String> SAME_BYTES_AT_ONCE = List.of("same-bytes-1", "same-bytes-2");
    private static final RobustnessTable TABLE = new RobustnessTable();
    private static final RequestTrap TRAP = RequestTrap.start();
    private static final Map<Path, Integer> PROJECTS_WRITTEN = new HashMap<>();

    @TempDir
    static Path work;

    private static TestPostgres.Database corpusDatabase;
    private static JdbcClient corpusDb;
    private static List<CorpusCase> cases;
    private static Map<String, Outcome> outcomes;
    private static int corpusExitCode;
    private static Path corpusArchive;

    private static TestPostgres.Database faultDatabase;
    private static JdbcClient faultDb;
    private static Path faultArchive;

    @BeforeAll
    static void loadTheCorpus() throws Exception {
        cases = HostileCorpus.write(work.resolve("corpus"), Path.of("target", "robustness-cache"), TRAP);
        corpusDatabase = TestPostgres.shared().createDatabase("robustness_corpus");
        corpusDb = JdbcClient.create(corpusDatabase.dataSource());
        corpusArchive = work.resolve("corpus-archive");
        Map<String, Path> files = cases.stream()
                .collect(Collectors.toMap(CorpusCase::id, CorpusCase::file, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> groups = new HashMap<>(cases.stream().collect(Collectors.toMap(CorpusCase::id, CorpusCase::group)));
        Path twin = WorkbookFixtures.valid().set("DuAn", 4, "Vốn đăng ký (tỷ đồng)", 86).writeXlsx(Files.createDirectories(work.resolve("twin")));
        for (String id : SAME_BYTES_AT_ONCE) {
            files.put(id, twin);
            groups.put(id, "same-bytes");
        }
        long started = System.nanoTime();
        ChildIntake child = ChildIntake.start("corpus", corpusDatabase, corpusArchive, files, groups, 0);
        corpusExitCode = child.awaitExit();
        outcomes = child.outcomes();
        TABLE.corpusRun(String.format("%d files loaded one after another (the two `at-once` files together) by one JVM "
                        + "with `%s`: exit code %d after %d s.", cases.size(), ChildIntake.HEAP, corpusExitCode,
                Duration.ofNanos(System.nanoTime() - started).toSeconds()));
    }

    @AfterAll
    static void writeTheTable() throws IOException {
        TRAP.close();
        TABLE.write(Path.of("target", "robustness.md"), Path.of("..", "docs", "robustness.md"),
                Boolean.getBoolean(RobustnessTable.PUBLISH));
    }

    @Test
    @Order(1)
    void oneProcessWithA256MbHeapSurvivesTheWholeCorpus() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(corpusExitCode).as("exit code of the intake process").isZero();
        assertThat(outcomes.keySet()).containsAll(cases.stream().map(CorpusCase::id).toList());
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyFileGetsItsVerdictAllOrNothingArchivedAndExplained() {
        return cases.stream().map(corpusCase -> DynamicTest.dynamicTest(corpusCase.id(), () -> check(corpusCase)));
    }

    /** The http:// entities of the corpus point at a server on 127.0.0.1: had any parser fetched one, it would have been asked. */
    @Test
    @Order(5)
    void noExternalEntityMadeARequestLeave() throws IOException {
        assertThat(TRAP.requests()).as("requests the corpus's XML made").isEmpty();

        HttpURLConnection probe = (HttpURLConnection) URI.create(TRAP.url("probe")).toURL().openConnection();
        assertThat(probe.getResponseCode()).isEqualTo(200);
        probe.disconnect();
        assertThat(TRAP.requests()).as("the trap does see a request").containsExactly("GET /probe");
    }

    @Test
    @Order(3)
    void twoFilesForOneProvinceAndQuarterArrivingAtOnceLeaveExactlyOneCurrent() {
        List<Long> ids = Stream.of("at-once-a.xlsx", "at-once-b.xlsx").map(id -> outcomes.get(id).submissionId()).toList();
        long supersededByTheOther = corpusDb.sql("SELECT count(*) FROM submission WHERE submission_id IN (:ids) AND superseded_by IN (:ids)")
                .param("ids", ids).query(Long.class).single();

        assertThat(outcomes.get("at-once-a.xlsx").exception()).isNull();
        assertThat(outcomes.get("at-once-b.xlsx").exception()).isNull();
        assertThat(supersededByTheOther).as("one replaced the other, in the order of their commits").isEqualTo(1);
        assertThat(corpusDb.sql("SELECT count(*) FROM v_investment_current WHERE project_code LIKE 'LD-00_'").query(Long.class).single())
                .as("Lâm Đồng's current projects, once each").isEqualTo(3);
    }

    @Test
    @Order(4)
    void theSameFileSentTwiceAtTheSameMomentIsLoadedOnce() {
        List<Outcome> twins = SAME_BYTES_AT_ONCE.stream().map(outcomes::get).toList();
        TABLE.fault("The same file sent twice at the same moment", "two threads of one process call `load` on identical bytes "
                        + "together (corpus run)", "loaded once; the other call waits and answers already-loaded",
                twins.stream().map(o -> o.failed() ? o.exception() + ": " + o.message()
                        : "submission " + o.submissionId() + (o.alreadyProcessed() ? " (already processed)" : " (loaded)"))
                        .collect(Collectors.joining("; ")),
                corpusDb.sql("SELECT count(*) FROM submission WHERE submission_id = :id").param("id", twins.get(0).submissionId())
                        .query(Long.class).single() + " submission row for the bytes");

        assertThat(twins).extracting(Outcome::exception).containsOnlyNulls();
        assertThat(twins).extracting(Outcome::submissionId).containsOnly(twins.get(0).submissionId());
        assertThat(twins).extracting(Outcome::alreadyProcessed).containsExactlyInAnyOrder(true, false);
    }

    private void check(CorpusCase corpusCase) throws IOException {
        Outcome outcome = outcomes.get(corpusCase.id());
        assertThat(outcome).as("outcome of " + corpusCase.id()).isNotNull();
        String sha256 = SubmissionArchive.sha256Of(corpusCase.file());
        Optional<Map<String, Object>> found = corpusDb.sql("""
                        SELECT s.submission_id, s.status, s.archive_path, r.verdict, r.report::text AS report,
                               r.report->'unreadable'->>'reason' AS reason, (r.report->'totals'->>'factRows')::bigint AS fact_rows
                        FROM submission s LEFT JOIN submission_report r ON r.submission_id = s.submission_id
                        WHERE s.file_sha256 = :sha ORDER BY s.submission_id DESC LIMIT 1""")
                .param("sha", sha256).query().listOfRows().stream().findFirst();
        Map<String, Object> submission = found.orElse(Map.of());
        long id = found.map(row -> ((Number) row.get("submission_id")).longValue()).orElse(0L);
        String observed = outcome.failed() ? "exception " + outcome.exception().substring(outcome.exception().lastIndexOf('.') + 1)
                : outcome.alreadyProcessed() ? ExpectedVerdict.ALREADY_LOADED.label()
                : String.valueOf(submission.get("verdict")).toLowerCase(Locale.ROOT);
        long factRows = factRows(corpusDb, id);
        boolean archived = found.isPresent() && Files.exists(Path.of((String) submission.get("archive_path")))
                && SubmissionArchive.sha256Of(Path.of((String) submission.get("archive_path"))).equals(sha256);
        Optional<Map<String, Object>> firstProblem = corpusDb.sql("""
                        SELECT p->>'code' AS code, p->'message'->>'vi' AS vi, p->'message'->>'en' AS en
                        FROM submission_report r, jsonb_array_elements(r.report->'problems') WITH ORDINALITY AS x(p, position)
                        WHERE r.submission_id = :id ORDER BY (p->>'severity') <> 'error', position LIMIT 1""")
                .param("id", id).query().listOfRows().stream().findFirst();
        String message = outcome.failed() ? withoutWorkDirectory(outcome.message()) : firstProblem.map(p -> p.get("code") + ": " + p.get("vi")).orElse(null);
        TABLE.corpusCase(corpusCase, observed, factRows, archived, message);

        assertThat(archived).as("the archive keeps the exact bytes").isTrue();
        assertThat(unpublishedRows(id)).as("no staged row is left behind unpublished").isZero();
        assertThat(String.valueOf(submission.get("report"))).as("nothing of the server's files reaches the report")
                .doesNotContain("root:x:0:0");
        boolean rejected = corpusCase.expected() == ExpectedVerdict.INVALID || corpusCase.expected() == ExpectedVerdict.UNREADABLE;
        if (rejected || outcome.failed()) {
            assertThat(factRows).as("a file that is not loaded leaves no fact").isZero();
        }
        assertThat(outcome.exception()).as("exception escaping the intake: " + outcome.message()).isNull();
        meetsItsExpectation(corpusCase, submission, observed, factRows, firstProblem);
    }

    private static void meetsItsExpectation(CorpusCase corpusCase, Map<String, Object> submission, String observed,
                                            long factRows, Optional<Map<String, Object>> firstProblem) {
        long id = ((Number) submission.get("submission_id")).longValue();
        assertThat(observed).as("verdict of " + corpusCase.id()).isEqualTo(corpusCase.expected().label());
        switch (corpusCase.expected()) {
            case VALID -> {
                assertThat(submission.get("status")).isIn("loaded", "superseded");
                assertThat(factRows).as("every row the check accepted is a fact").isPositive()
                        .isEqualTo(submission.get("fact_rows"));
            }
            case INVALID, UNREADABLE -> {
                assertThat(submission.get("status")).isEqualTo("rejected");
                assertThat(firstProblem).as("the rejection is explained").isPresent();
                assertThat((String) firstProblem.get().get("vi")).as("in Vietnamese").isNotBlank()
                        .isNotEqualTo(firstProblem.get().get("en"));
            }
            case ALREADY_LOADED -> assertThat(corpusDb.sql("SELECT count(*) FROM submission WHERE file_sha256 = (SELECT file_sha256 FROM submission WHERE submission_id = :id)")
                    .param("id", id).query(Long.class).single())
                    .as("the same bytes are registered once").isEqualTo(1);
        }
        if (corpusCase.expected() == ExpectedVerdict.UNREADABLE) {
            assertThat(submission.get("reason")).as("unreadable reason").isEqualTo(corpusCase.expectedCode());
        } else if (corpusCase.expectedCode() != null) {
            assertThat(corpusDb.sql("""
                            SELECT p->>'code' FROM submission_report r, jsonb_array_elements(r.report->'problems') p
                            WHERE r.submission_id = :id""").param("id", id).query(String.class).list())
                    .as("problem codes").contains(corpusCase.expectedCode());
        }
        for (CorpusCase.StoredValue stored : corpusCase.stored()) {
            assertThat(corpusDb.sql(stored.sql()).param("id", id).query(String.class).single()).as(stored.sql())
                    .isEqualTo(stored.expected());
        }
    }

    @Test
    @Order(10)
    void theJvmKilledDuringCopyLeavesTheWarehouseAsBeforeAndARerunCompletes() throws Exception {
        Path baseline = faultFile("baseline", 0);
        Path file = faultFile("killed-in-copy", FAULT_PROJECTS);
        ChildIntake child = ChildIntake.start("kill-in-copy", faultDatabase(), faultArchive,
                ChildIntake.files("baseline", baseline, "file", file), Map.of(), 0);
        long facts = killWhen(child, "the baseline is loaded and the big file is in COPY",
                () -> outcomesOf(child).containsKey("baseline") && active("COPY fact_investment_snapshot%"), file, sha(baseline), FAULT_PROJECTS);
        String current = currentSha();
        assertThat(current).as("a load killed before its commit cannot have loaded").isEqualTo(sha(baseline));
        rerunCompletes("JVM killed (kill -9) during COPY (staging)", "SIGKILL of the loading JVM while "
                + "`COPY fact_investment_snapshot` of a 50,000-project file is active (polled in pg_stat_activity)",
                "process killed", file, facts, current);
    }

    /**
     * The test holds a lock that the publishing transaction needs only after it has superseded the current
     * submission, so the kill lands inside that transaction every time; the server, checking its clients
     * every 100 ms, then ends the orphaned transaction, and it must leave no trace.
     */
    @Test
    @Order(11)
    void theJvmKilledInsideThePublishingTransactionLeavesTheWarehouseAsBeforeAndARerunCompletes() throws Exception {
        String before = currentSha();
        long previous = submissionOf(before);
        Path file = faultFile("killed-in-commit", FAULT_PROJECTS + 1);
        faultDb.sql("""
                DO $$ BEGIN
                  EXECUTE format('ALTER DATABASE %I SET client_connection_check_interval = %L', current_database(), '100ms');
                END $$""").update();
        try (Connection diffLock = faultDatabase.connect()) {
            diffLock.setAutoCommit(false);
            diffLock.createStatement().execute("LOCK TABLE submission_diff IN SHARE MODE");
            ChildIntake child = ChildIntake.start("kill-in-commit", faultDatabase(), faultArchive,
                    ChildIntake.files("file", file), Map.of(), 0);
            child.awaitWhileAlive("the publishing transaction has superseded the current submission and waits to record "
                    + "the difference", () -> waitingForALock("INSERT INTO submission_diff%"));
            child.kill();
            awaitTrue("the server ends the killed process's transaction", () -> !waitingForALock("INSERT INTO submission_diff%"));
            diffLock.rollback();
        }
        long facts = publishedFactsOfFile(file);

        assertThat(currentSha()).as("the transaction was rolled back: the previous submission is current").isEqualTo(before);
        assertThat(facts).as("no published fact of the killed load").isZero();
        assertThat(faultDb.sql("SELECT coalesce(superseded_by, 0) FROM submission WHERE submission_id = :id").param("id", previous)
                .query(Long.class).single()).as("the previous submission is superseded by nothing").isZero();
        assertThat(factsOfSubmission(previous)).as("the previous submission keeps every fact of its workbook")
                .isEqualTo(LargeWorkbook.factRows(FAULT_PROJECTS));
        assertThat(faultDb.sql("SELECT count(*) FROM submission_diff d JOIN submission s ON s.submission_id = d.submission_id"
                        + " WHERE s.file_sha256 = :sha").param("sha", sha(file)).query(Long.class).single())
                .as("no difference recorded for the killed load").isZero();
        rerunCompletes("JVM killed (kill -9) inside the publishing transaction", "SIGKILL of the loading JVM while the "
                + "commit, having superseded the current 50,000-project submission, waits for a lock the test holds on "
                + "`submission_diff`; the server ends the orphaned transaction (`client_connection_check_interval`)",
                "process killed", file, facts, before);
        assertThat(factsOfSubmission(previous)).as("the superseded submission keeps its facts")
                .isEqualTo(LargeWorkbook.factRows(FAULT_PROJECTS));
        assertThat(faultDb.sql("SELECT change || ' ' || part || ' ' || row_key FROM submission_diff WHERE submission_id = :id")
                .param("id", submissionOf(sha(file))).query(String.class).list())
                .as("the rerun records the one project the file adds").containsExactly("added investment P68-0050001");
    }

    @Test
    @Order(12)
    void aTerminatedConnectionFailsTheLoadClearlyWithNothingPartialAndARerunCompletes() throws Exception {
        String before = currentSha();
        Path file = faultFile("terminated", FAULT_PROJECTS + 2);
        ChildIntake child = ChildIntake.start("terminate", faultDatabase(), faultArchive,
                ChildIntake.files("file", file), Map.of(), 0);
        child.awaitWhileAlive("the file is in COPY", () -> active("COPY fact_investment_snapshot%"));
        faultDb.sql("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = current_database() AND state = 'active' AND query LIKE 'COPY fact_investment_snapshot%'""").query().listOfRows();
        assertThat(child.awaitExit()).as("the process stays up and ends normally").isZero();

        Outcome outcome = child.outcomes().get("file");
        assertThat(outcome.exception()).isEqualTo(LoadFailedException.class.getName());
        assertThat(outcome.causes()).as("the cause: the connection to PostgreSQL was lost").contains("PSQLException[08006]");
        long facts = factsOfFile(file);
        assertThat(facts).as("the terminated COPY's rows went with its transaction").isZero();
        assertThat(currentSha()).isEqualTo(before);
        rerunCompletes("PostgreSQL connection terminated mid-load", "`pg_terminate_backend` of the backend running "
                + "`COPY fact_investment_snapshot`", "`LoadFailedException`: " + outcome.message(), file, facts, before);
    }

    @Test
    @Order(13)
    void anArchiveThatCannotBeWrittenFailsClearlyAndRegistersNothing() throws Exception {
        Path file = faultFile("unarchivable", 10);
        Path notADirectory = Files.writeString(work.resolve("archive-is-a-file"), "not a directory");
        ChildIntake child = ChildIntake.start("archive-not-writable", faultDatabase(), notADirectory,
                ChildIntake.files("file", file), Map.of(), 0);
        assertThat(child.awaitExit()).isZero();

        Outcome outcome = child.outcomes().get("file");
        assertThat(outcome.exception()).isEqualTo(LoadFailedException.class.getName());
        assertThat(outcome.causes()).as("the cause: the archive directory is a file")
                .contains("java.nio.file.FileAlreadyExistsException: " + notADirectory);
        assertThat(registered(file)).as("nothing in the registry").isZero();
        TABLE.fault("Archive directory not writable", "`lienket.archive-dir` pointing at a regular file", "clear error, "
                        + "nothing registered", "`LoadFailedException`: " + withoutWorkDirectory(outcome.message()),
                "no submission row, no fact; the caller keeps the file and can send it again");
    }

    @Test
    @Order(14)
    void aFullDiskWhileArchivingFailsClearlyAndLeavesNoPartialArchiveEntry() throws Exception {
        Path file = faultFile("disk-full", FAULT_PROJECTS + 3);
        Path archive = Files.createDirectories(work.resolve("small-disk-archive"));
        ChildIntake child = ChildIntake.start("disk-full", faultDatabase(), archive,
                ChildIntake.files("file", file), Map.of(), (int) (Files.size(file) / 2048));
        assertThat(child.awaitExit()).isZero();

        Outcome outcome = child.outcomes().get("file");
        assertThat(outcome.exception()).isEqualTo(LoadFailedException.class.getName());
        assertThat(outcome.message()).contains("File too large");
        assertThat(registered(file)).as("nothing in the registry").isZero();
        try (Stream<Path> left = Files.walk(archive)) {
            assertThat(left.filter(Files::isRegularFile)).as("no half-written archive entry").isEmpty();
        }
        TABLE.fault("Disk full while archiving", "the loading JVM may write no file over half the workbook's size "
                        + "(`ulimit -f " + Files.size(file) / 2048 + "`, in KB)", "clear error, nothing registered, no partial file",
                "`LoadFailedException`: " + withoutWorkDirectory(outcome.message()), "no submission row, no fact, archive directory empty");
    }

    /**
     * Kills the child with SIGKILL once {@code moment} holds; the warehouse must then be as before
     * ({@code before} current, no published fact of the file) or fully loaded with the file, never in
     * between. Returns the file's published fact rows (staged rows of a submission still received are
     * invisible to every reader, and the rerun replaces them).
     */
    private static long killWhen(ChildIntake child, String moment, BooleanSupplier when, Path file, String before,
                                 int projects) throws InterruptedException {
        child.awaitWhileAlive(moment, when);
        child.kill();
        long facts = publishedFactsOfFile(file);
        if (currentSha().equals(before)) {
            assertThat(facts).as("as before: no published fact of the killed load").isZero();
        } else {
            assertThat(currentSha()).as("fully loaded").isEqualTo(sha(file));
            assertThat(facts).isEqualTo(LargeWorkbook.factRows(projects));
        }
        return facts;
    }

    /** Loads the file again in a fresh process; it must complete the same submission and make it current. */
    private void rerunCompletes(String fault, String simulated, String failure, Path file, long factsAfterFault,
                                String currentAfterFault) throws Exception {
        ChildIntake rerun = ChildIntake.start("rerun-" + file.getFileName(), faultDatabase(), faultArchive,
                ChildIntake.files("file", file), Map.of(), 0);
        assertThat(rerun.awaitExit()).isZero();
        Outcome outcome = rerun.outcomes().get("file");
        TABLE.fault(fault, simulated, "as before or fully loaded; a rerun completes",
                String.format("%s; after it: %,d published fact rows of the file, current %s; rerun: %s", failure, factsAfterFault,
                        currentAfterFault.equals(sha(file)) ? "the file (fully loaded)" : "the previous submission",
                        outcome.failed() ? outcome.exception() + ": " + withoutWorkDirectory(outcome.message()) : "completed"),
                String.format("%,d fact rows of the file, %d submission row(s) for its bytes, current: %s", factsOfFile(file),
                        registered(file), currentSha().equals(sha(file)) ? "the file" : "another submission"));

        assertThat(outcome.exception()).as("rerun: " + outcome.message()).isNull();
        assertThat(currentSha()).isEqualTo(sha(file));
        assertThat(factsOfFile(file)).as("every row of the workbook, counted from the workbook").isEqualTo(expectedFaultFacts(file));
        assertThat(registered(file)).as("the rerun continues the same submission").isEqualTo(1);
    }

    /** Table cells name the test's temporary directory as {@code <work>}, so the published table is stable. */
    private static String withoutWorkDirectory(String text) {
        return text.replace(work.toString(), "<work>");
    }

    private static TestPostgres.Database faultDatabase() {
        if (faultDatabase == null) {
            faultDatabase = TestPostgres.shared().createDatabase("robustness_faults");
            faultDb = JdbcClient.create(faultDatabase.dataSource());
            faultArchive = work.resolve("fault-archive");
        }
        return faultDatabase;
    }

    /** Lâm Đồng 2026-Q1 with {@code projects} investment projects (the three of the valid fixture when 0). */
    private static Path faultFile(String name, int projects) throws IOException {
        Path file = Files.createDirectories(work.resolve("fault-files")).resolve(name + ".xlsx");
        if (projects == 0) {
            return Files.move(WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("fault-files/" + name))), file);
        }
        PROJECTS_WRITTEN.put(file, projects);
        return LargeWorkbook.write(file, new ProvinceId("P34", "68"), "Lâm Đồng", projects);
    }

    /** The fact rows of a fault file, from the number of projects it was written with, not from the load's own report. */
    private static long expectedFaultFacts(Path file) {
        return LargeWorkbook.factRows(PROJECTS_WRITTEN.get(file));
    }

    private static boolean active(String queryPattern) {
        return faultDb.sql("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND state = 'active' AND query LIKE :pattern""")
                .param("pattern", queryPattern).query(Long.class).single() > 0;
    }

    private static Map<String, Outcome> outcomesOf(ChildIntake child) {
        try {
            return child.outcomes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String currentSha() {
        return faultDb.sql("SELECT file_sha256 FROM submission WHERE status = 'loaded'").query(String.class).single();
    }

    private static long factsOfFile(Path file) {
        return faultDb.sql("SELECT count(*) FROM fact_investment_snapshot f JOIN submission s ON s.submission_id = f.submission_id"
                        + " WHERE s.file_sha256 = :sha").param("sha", sha(file)).query(Long.class).single()
                + faultDb.sql("SELECT count(*) FROM fact_ocop_snapshot f JOIN submission s ON s.submission_id = f.submission_id"
                        + " WHERE s.file_sha256 = :sha").param("sha", sha(file)).query(Long.class).single()
                + faultDb.sql("SELECT count(*) FROM fact_event f JOIN submission s ON s.submission_id = f.submission_id"
                        + " WHERE s.file_sha256 = :sha").param("sha", sha(file)).query(Long.class).single();
    }

    /** Fact rows of the file's submission once published (loaded or superseded): what readers can see. */
    private static long publishedFactsOfFile(Path file) {
        return faultDb.sql("SELECT count(*) FROM submission WHERE file_sha256 = :sha AND status IN ('loaded', 'superseded')")
                .param("sha", sha(file)).query(Long.class).single() == 0 ? 0 : factsOfFile(file);
    }

    private static boolean waitingForALock(String queryPattern) {
        return faultDb.sql("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE :pattern""")
                .param("pattern", queryPattern).query(Long.class).single() > 0;
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        for (int attempt = 0; !condition.getAsBoolean(); attempt++) {
            if (attempt == 6_000) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    private static long submissionOf(String sha256) {
        return faultDb.sql("SELECT submission_id FROM submission WHERE file_sha256 = :sha").param("sha", sha256)
                .query(Long.class).single();
    }

    private static long factsOfSubmission(long submissionId) {
        return factRows(faultDb, submissionId);
    }

    private static long registered(Path file) {
        return faultDb.sql("SELECT count(*) FROM submission WHERE file_sha256 = :sha").param("sha", sha(file))
                .query(Long.class).single();
    }

    private static String sha(Path file) {
        try {
            return SubmissionArchive.sha256Of(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long factRows(JdbcClient db, long submissionId) {
        return db.sql("""
                        SELECT (SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id)
                             + (SELECT count(*) FROM fact_ocop_snapshot WHERE submission_id = :id)
                             + (SELECT count(*) FROM fact_event WHERE submission_id = :id)""")
                .param("id", submissionId).query(Long.class).single();
    }

    /** Fact rows of a submission that is not published (still received, or rejected). */
    private static long unpublishedRows(long submissionId) {
        return corpusDb.sql("SELECT count(*) FROM submission WHERE submission_id = :id AND status IN ('received', 'rejected')")
                .param("id", submissionId).query(Long.class).single() == 0 ? 0 : factRows(corpusDb, submissionId);
    }
}
