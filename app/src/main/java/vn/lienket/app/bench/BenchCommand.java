package vn.lienket.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.app.cli.ApplicationContextLauncher;
import vn.lienket.app.cli.ExitCodes;
import vn.lienket.app.cli.Messages;
import vn.lienket.app.cli.UnusableInputException;
import vn.lienket.app.cli.WarehouseCommand;
import vn.lienket.app.database.EmbeddedWarehouse;
import vn.lienket.intake.SubmissionIntake;

/**
 * {@code lienket bench load}: the load benchmark. It runs on the embedded PostgreSQL only, in a
 * fresh database of its own that is dropped afterwards, with a scratch archive deleted afterwards, so
 * every run measures a first load and the warehouse in {@code ./data/pg} and its archive are untouched.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchCommand.Load.class)
public class BenchCommand {

    @Command(name = "load", mixinStandardHelpOptions = true)
    static class Load extends WarehouseCommand {

        /**
         * The million-row workbook it writes (about 76 MB) is larger than the 50 MiB a submission may
         * have by default (lienket.workbook.max-file-bytes): the scratch run raises the limit for itself only.
         */
        private static final long BENCHMARK_MAX_FILE_BYTES = 200L * 1024 * 1024;

        @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", descriptionKey = "lienket.bench.load.rows")
        private int rows;
        @Option(names = "--naive-rows", defaultValue = "10000", paramLabel = "N", descriptionKey = "lienket.bench.load.naive-rows")
        private int naiveRows;
        @Option(names = "--submissions", defaultValue = "500", paramLabel = "N", descriptionKey = "lienket.bench.load.submissions")
        private int submissions;
        @Option(names = "--submission-rows", defaultValue = "200", paramLabel = "N",
                descriptionKey = "lienket.bench.load.submission-rows")
        private int submissionRows;
        @Option(names = "--work-dir", defaultValue = "./data/bench", paramLabel = "DIR", descriptionKey = "lienket.bench.load.work-dir")
        private Path workDirectory;

        private String database;

        private Path archiveDirectory;

        Load(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        /** Refuses an external database and points the embedded one at a scratch database of its own. */
        @Override
        protected void checkInput() {
            if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
                throw new UnusableInputException(messages.get("bench.embeddedOnly"));
            }
            database = "lienket_bench_" + System.currentTimeMillis();
            application.override("lienket.embedded-database.database-name", database);
            archiveDirectory = workDirectory.resolve("archive-" + database);
            application.override("lienket.archive-dir", archiveDirectory.toString());
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
}
