package vn.lienket.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.lienket.app.cli.ApplicationContextLauncher;
import vn.lienket.app.cli.ExitCodes;
import vn.lienket.app.cli.Messages;
import vn.lienket.app.cli.UnusableInputException;
import vn.lienket.app.cli.WarehouseCommand;
import vn.lienket.app.database.EmbeddedWarehouse;
import vn.lienket.app.home.InstallationHome;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.portal.PortalServer;
import vn.lienket.portal.users.NewUser;
import vn.lienket.portal.users.PortalUsers;

/**
 * {@code lienket bench load|portal|cli|replay}. The in-process benchmarks (load, portal) run on the embedded
 * PostgreSQL only, in a fresh database of their own that is dropped afterwards, with a scratch archive
 * deleted afterwards, so every run measures first loads and the installation's warehouse and its
 * archive are untouched.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchCommand.Load.class, BenchCommand.Portal.class, BenchCommand.Cli.class, ReplayBenchmarkCommand.class,
                CopyReferenceCommand.class})
public class BenchCommand {

    @Command(name = "load", mixinStandardHelpOptions = true)
    static class Load extends WarehouseCommand {

        /**
         * The million-row workbook it writes (about 76 MB) is larger than the 50 MiB a submission may
         * have by default (lienket.workbook.max-file-bytes): the scratch run raises the limit for itself only.
         */
        static final long BENCHMARK_MAX_FILE_BYTES = 200L * 1024 * 1024;

        @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", descriptionKey = "lienket.bench.load.rows")
        private int rows;
        @Option(names = "--naive-rows", defaultValue = "10000", paramLabel = "N", descriptionKey = "lienket.bench.load.naive-rows")
        private int naiveRows;
        @Option(names = "--submissions", defaultValue = "500", paramLabel = "N", descriptionKey = "lienket.bench.load.submissions")
        private int submissions;
        @Option(names = "--submission-rows", defaultValue = "200", paramLabel = "N",
                descriptionKey = "lienket.bench.load.submission-rows")
        private int submissionRows;
        @Option(names = "--work-dir", paramLabel = "DIR", descriptionKey = "lienket.bench.load.work-dir")
        private Path workDirectory;

        private String database;

        private Path archiveDirectory;

        Load(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected boolean createsWarehouse() {
            return true;
        }

        /** Refuses an external database and points the embedded one at a scratch database of its own. */
        @Override
        protected void checkInput() {
            Scratch scratch = Scratch.prepare(application, messages, workDirectory);
            workDirectory = scratch.workDirectory();
            database = scratch.database();
            archiveDirectory = scratch.archiveDirectory();
            application.override("lienket.workbook.max-file-bytes", String.valueOf(BENCHMARK_MAX_FILE_BYTES));
        }

        @Override
        protected int run(PrintWriter out) throws Exception {
            DataSource dataSource = bean(DataSource.class);
            try {
                LoadBenchmark.Results results = new LoadBenchmark(bean(SubmissionIntake.class), dataSource,
                        step -> {
                            out.println("… " + step);
                            out.flush();
                        })
                        .run(workDirectory, rows, naiveRows, submissions, submissionRows);
                out.println(markdown(results));
            } finally {
                bean(EmbeddedWarehouse.class).dropDatabase(database);
                // the scratch archive goes with its database: each run archives some 90 MB
                FileSystemUtils.deleteRecursively(archiveDirectory);
            }
            return ExitCodes.SUCCESS;
        }

        private String markdown(LoadBenchmark.Results r) {
            return String.format(Locale.ROOT, """

                    | measure | rows or submissions | seconds | per second | peak heap (MB) |
                    |---|---:|---:|---:|---:|
                    | Liên kết load job, one %,d-row investment sheet (archive + read + validate + COPY + commit), after an untimed warm-up | %,d | %.1f | %,.0f rows/s | %d |
                    | reference: fastexcel straight into COPY, same file, no validation, faster of 2 runs | %,d | %.1f | %,.0f rows/s | %d |
                    | naive peer: POI XSSFWorkbook + one INSERT per row | %,d | %.1f | %,.0f rows/s | %d |
                    | %,d ordinary submissions of %d rows, one after another | %,d | %.1f | %.1f submissions/s | %d |

                    Liên kết / reference: **%.2f×** (target ≥ 0.8) · Liên kết / naive: **%.1f×** (target ≥ 10) · max heap %d MB
                    """,
                    rows, r.lienket().units(), r.lienket().seconds(), r.lienket().perSecond(), mb(r.lienket().peakHeapBytes()),
                    r.reference().units(), r.reference().seconds(), r.reference().perSecond(), mb(r.reference().peakHeapBytes()),
                    r.naive().units(), r.naive().seconds(), r.naive().perSecond(), mb(r.naive().peakHeapBytes()),
                    submissions, submissionRows, r.submissions().units(), r.submissions().seconds(), r.submissions().perSecond(),
                    mb(r.submissions().peakHeapBytes()),
                    r.ratioToReference(), r.ratioToNaive(), mb(r.maxHeap()));
        }

        private static long mb(long bytes) {
            return bytes / (1024 * 1024);
        }
    }

    /**
     * The scratch place of an in-process benchmark: a database of its own in the embedded PostgreSQL
     * (an external one is refused: the benchmark must not touch a real warehouse) and an archive of its
     * own, both removed when the benchmark ends ({@link #remove}).
     */
    /**
     * A benchmark's scratch database and archive on the embedded server, and its work directory: {@code requested}
     * ({@code --work-dir}), else {@code data/bench} of the installation home.
     */
    record Scratch(String database, Path workDirectory, Path archiveDirectory) {

        static Scratch prepare(ApplicationContextLauncher application, Messages messages, Path requested) {
            Path workDirectory = requested != null ? requested : application.home().dataDirectory().resolve("bench");
            if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
                throw new UnusableInputException(messages.get("bench.embeddedOnly"));
            }
            String database = "lienket_bench_" + System.currentTimeMillis();
            application.override("lienket.embedded-database.database-name", database);
            Path archive = workDirectory.resolve("archive-" + database);
            application.override("lienket.archive-dir", archive.toString());
            return new Scratch(database, workDirectory, archive);
        }
    }

    /**
     * {@code lienket bench portal}: the deadline rush (see {@link PortalBenchmark}) against the portal
     * served as {@code lienket serve} serves it, on a free port, in a scratch database and archive
     * removed afterwards. Exit 1 when an upload did not get its expected verdict or anything was lost,
     * duplicated or changed that should not have been.
     */
    @Command(name = "portal", mixinStandardHelpOptions = true)
    static class Portal extends WarehouseCommand {

        @Option(names = "--rounds", defaultValue = "3", paramLabel = "N", descriptionKey = "lienket.bench.portal.rounds")
        private int rounds;
        @Option(names = "--rows", defaultValue = "200", paramLabel = "N", descriptionKey = "lienket.bench.portal.rows")
        private int rows;
        @Option(names = "--flawed", defaultValue = "3", paramLabel = "N", descriptionKey = "lienket.bench.portal.flawed")
        private int flawed;
        @Option(names = "--work-dir", paramLabel = "DIR", descriptionKey = "lienket.bench.load.work-dir")
        private Path workDirectory;

        private Scratch scratch;

        Portal(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected boolean createsWarehouse() {
            return true;
        }

        @Override
        protected void checkInput() {
            if (rounds < 1 || rows < 1 || flawed < 0 || flawed > PortalBenchmark.PROVINCES.size()) {
                throw new UnusableInputException(messages.get("bench.portal.counts", PortalBenchmark.PROVINCES.size()));
            }
            scratch = Scratch.prepare(application, messages, workDirectory);
            workDirectory = scratch.workDirectory();
            application.withPortal();
            application.override("server.port", "0");
            application.override("server.address", "127.0.0.1");
        }

        @Override
        protected int run(PrintWriter out) throws Exception {
            Path workbooks = workDirectory.resolve("portal-" + scratch.database());
            try {
                Map<ProvinceId, PortalBenchmark.Account> accounts = new LinkedHashMap<>();
                PortalUsers users = bean(PortalUsers.class);
                for (ProvinceId province : PortalBenchmark.PROVINCES) {
                    String username = "bench-" + province.era().toLowerCase(Locale.ROOT) + "-" + province.code();
                    PortalUsers.CreatedUser created = users.addWithRandomPassword(NewUser.submitter(username, province));
                    accounts.put(province, new PortalBenchmark.Account(username, created.password(), users.issueToken(username)));
                }
                URI portal = URI.create("http://127.0.0.1:" + bean(PortalServer.class).port());
                out.println("… portal at " + portal + ", " + accounts.size() + " submitter accounts with a personal token each");
                PortalBenchmark.Results results = new PortalBenchmark(bean(SubmissionIntake.class), bean(DataSource.class),
                        scratch.archiveDirectory(), step -> {
                            out.println("… " + step);
                            out.flush();
                        }).run(portal, accounts, workbooks, rounds, rows, flawed);
                out.println(markdown(results));
                results.findings().forEach(finding -> out.println("✗ " + finding));
                return results.findings().isEmpty() ? ExitCodes.SUCCESS : ExitCodes.REJECTED;
            } finally {
                bean(EmbeddedWarehouse.class).dropDatabase(scratch.database());
                FileSystemUtils.deleteRecursively(scratch.archiveDirectory());
                FileSystemUtils.deleteRecursively(workbooks);
            }
        }

        private static String markdown(PortalBenchmark.Results r) {
            PortalBenchmark.Latencies token = r.token().latencies();
            PortalBenchmark.Latencies basic = r.basic().latencies();
            PortalBenchmark.Latencies reference = r.reference();
            return String.format(Locale.ROOT, """

                    | measure | submissions | median (s) | p95 (s) | max (s) | submissions/s | errors |
                    |---|---:|---:|---:|---:|---:|---:|
                    | rush: %d accounts upload at once over HTTP (`POST /api/submissions`, personal token), %d rounds, %d flawed per round | %d | %.2f | %.2f | %.2f | %.1f | %d |
                    | the same rush signed in with HTTP Basic (bcrypt per request) | %d | %.2f | %.2f | %.2f | %.1f | %d |
                    | reference: the same mix in-process through the intake, one after another | %d | %.2f | %.2f | %.2f | %.1f | %d |

                    %d-row workbooks · token rush: accepted %d (201), rejected %d (422) · rush / reference throughput: **%.2f×** · \
                    token / Basic throughput: **%.2f×** · p95 verdict: **%.2f s** (target < 2 s) · p95 / reference median: **%.1f×** · \
                    registry, archive and facts checked: %s
                    """,
                    PortalBenchmark.PROVINCES.size(), r.rounds(), r.flawed(), token.nanos().size(), token.medianSeconds(),
                    token.p95Seconds(), token.maxSeconds(), token.perSecond(), token.errors(),
                    basic.nanos().size(), basic.medianSeconds(), basic.p95Seconds(), basic.maxSeconds(), basic.perSecond(),
                    basic.errors(),
                    reference.nanos().size(), reference.medianSeconds(), reference.p95Seconds(), reference.maxSeconds(),
                    reference.perSecond(), reference.errors(),
                    r.rows(), r.token().accepted(), r.token().rejected(), r.throughputRatio(), r.tokenOverBasic(),
                    token.p95Seconds(), token.p95Seconds() / reference.medianSeconds(),
                    r.findings().isEmpty() ? "nothing lost, nothing duplicated" : r.findings().size() + " findings");
        }
    }

    /**
     * {@code lienket bench cli}: start-up and whole-process figures (see {@link CliBenchmark}), printed
     * and written into the "Command line" section of {@code docs/benchmarks.md}.
     */
    @Command(name = "cli", mixinStandardHelpOptions = true)
    static class Cli implements Callable<Integer> {

        static final String SECTION = "## Command line as whole processes (`lienket bench cli`)";
        private static final java.time.format.DateTimeFormatter RUN_TIME =
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm z", Locale.ROOT);

        @Option(names = "--runs", defaultValue = "5", paramLabel = "N", descriptionKey = "lienket.bench.cli.runs")
        private int runs;
        @Option(names = "--load-runs", defaultValue = "3", paramLabel = "N", descriptionKey = "lienket.bench.cli.load-runs")
        private int loadRuns;
        @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", descriptionKey = "lienket.bench.load.rows")
        private int rows;
        @Option(names = "--work-dir", paramLabel = "DIR", descriptionKey = "lienket.bench.load.work-dir")
        private Path workDirectory;
        @Option(names = "--report", paramLabel = "FILE", descriptionKey = "lienket.bench.cli.report")
        private Path report;
        @Option(names = "--load-only", descriptionKey = "lienket.bench.cli.load-only")
        private boolean loadOnly;
        @Spec
        private CommandSpec spec;

        private final ApplicationContextLauncher application;

        Cli(ApplicationContextLauncher application, Messages messages) {
            this.application = application;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path home = application.home().directory();
            Path work = workDirectory != null ? workDirectory : application.home().dataDirectory().resolve("bench-cli");
            FileSystemUtils.deleteRecursively(work);
            Files.createDirectories(work);
            List<String> launcher = CliBenchmark.launcherFor(InstallationHome.codeLocation());
            CliBenchmark.Results results = new CliBenchmark(launcher, work, step -> {
                out.println("… " + step);
                out.flush();
            }).run(runs, loadRuns, rows, loadOnly);
            String table = markdown(results, String.join(" ", launcher));
            out.println(table);
            Path file = report != null ? report : home.resolve("docs").resolve("benchmarks.md");
            writeSection(file, table);
            out.println("→ " + file);
            if (workDirectory == null) {
                FileSystemUtils.deleteRecursively(work);
            } else {
                out.println("→ " + work.resolve("processes.log"));
            }
            return ExitCodes.SUCCESS;
        }

        private static String markdown(CliBenchmark.Results r, String launcher) {
            String table = r.floor == null ? loadMarkdown(r, launcher) : fullMarkdown(r, launcher);
            return table + String.format(Locale.ROOT, "%nEach run in order (the first load has no previous quarter; before each, untimed, the server's "
                    + "`VACUUM (ANALYZE)` and `CHECKPOINT`): reference %s s, load %s s.%n", seconds(r.references), seconds(r.loads));
        }

        private static String seconds(List<Duration> runs) {
            return runs.stream().map(run -> String.format(Locale.ROOT, "%.2f", CliBenchmark.Results.seconds(run)))
                    .collect(Collectors.joining(", "));
        }

        private static String loadMarkdown(CliBenchmark.Results r, String launcher) {
            return String.format(Locale.ROOT, """
                    %s

                    ### `lienket bench cli --load-only`, %s

                    Measured %s with `%s --load-only` on %s (%d cores, Java %s): each figure is the median of %d
                    processes, timed from start to exit.

                    | process | median (s) | ratio | target |
                    |---|---:|---:|---|
                    | reference: fastexcel → COPY, its own process, %,d rows, `-Xmx256m` | %.2f | 1.00 | — |
                    | `lienket load` of the same %,d-row workbook, `-Xmx256m` | %.2f | %.2f× reference throughput | ≥ 0.8× |
                    """,
                    SECTION, RUN_TIME.format(java.time.ZonedDateTime.now()), java.time.LocalDate.now(), launcher, System.getProperty("os.name"),
                    Runtime.getRuntime().availableProcessors(), Runtime.version().feature(), r.largeRuns,
                    r.largeRows, CliBenchmark.Results.seconds(r.reference),
                    r.largeRows, CliBenchmark.Results.seconds(r.load), r.loadToReference());
        }

        private static String fullMarkdown(CliBenchmark.Results r, String launcher) {
            return String.format(Locale.ROOT, """
                    %s

                    ### `lienket bench cli`, %s

                    Measured %s with `%s` on %s (%d cores, Java %s): each figure is the median of %d
                    processes (%d for the loads), timed from start to exit; ratios are against the floor measured in the same run.

                    | process | median (s) | ratio | target |
                    |---|---:|---:|---|
                    | floor: `lienket --version` | %.2f | 1.00 | — |
                    | `lienket check` of a 2,000-row workbook | %.2f | %.2f× floor | ≤ 2× |
                    | `lienket submissions list`, embedded default | %.2f | %.2f× floor | ≤ 3× |
                    | `lienket submissions list`, PostgreSQL server (`SPRING_DATASOURCE_URL`) | %.2f | %.2f× floor | ≤ 3× |
                    | `lienket template` (last quarter's projects from the embedded warehouse) | %.2f | %.2f× floor | — |
                    | reference: fastexcel → COPY, its own process, %,d rows, `-Xmx256m` | %.2f | 1.00 | — |
                    | `lienket load` of the same %,d-row workbook, `-Xmx256m` | %.2f | %.2f× reference throughput | ≥ 0.8× |
                    """,
                    SECTION, RUN_TIME.format(java.time.ZonedDateTime.now()), java.time.LocalDate.now(), launcher, System.getProperty("os.name"),
                    Runtime.getRuntime().availableProcessors(), Runtime.version().feature(), r.runs, r.largeRuns,
                    CliBenchmark.Results.seconds(r.floor),
                    CliBenchmark.Results.seconds(r.check), r.ratioToFloor(r.check),
                    CliBenchmark.Results.seconds(r.listEmbedded), r.ratioToFloor(r.listEmbedded),
                    CliBenchmark.Results.seconds(r.listExternal), r.ratioToFloor(r.listExternal),
                    CliBenchmark.Results.seconds(r.template), r.ratioToFloor(r.template),
                    r.largeRows, CliBenchmark.Results.seconds(r.reference),
                    r.largeRows, CliBenchmark.Results.seconds(r.load), r.loadToReference());
        }

        /**
         * Puts this run's figures at the top of the section, above the earlier runs, which stay as the history they
         * are compared with; appends the section when the file has none.
         */
        static void writeSection(Path file, String section) throws IOException {
            String text = Files.isRegularFile(file) ? Files.readString(file) : "# Benchmarks\n";
            int start = text.indexOf(SECTION);
            String updated;
            if (start < 0) {
                updated = text.stripTrailing() + "\n\n" + section;
            } else {
                int body = start + SECTION.length();
                String run = section.substring(section.indexOf(SECTION) + SECTION.length()).strip();
                updated = text.substring(0, body) + "\n\n" + run + "\n" + text.substring(body);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, updated);
        }
    }
}
