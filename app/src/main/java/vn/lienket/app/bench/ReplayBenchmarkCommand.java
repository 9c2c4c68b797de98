package vn.lienket.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.app.cli.ApplicationContextLauncher;
import vn.lienket.app.cli.ExitCodes;
import vn.lienket.app.cli.Messages;
import vn.lienket.app.cli.ReplayTargets;
import vn.lienket.app.cli.UnusableInputException;
import vn.lienket.app.cli.WarehouseCommand;
import vn.lienket.app.database.EmbeddedWarehouse;
import vn.lienket.app.database.WarehouseMigrator;
import vn.lienket.audit.replay.ArchiveReplay;
import vn.lienket.audit.replay.ReplayPartitionWorker;
import vn.lienket.audit.replay.ReplayPlan;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.SubmissionArchive;

/**
 * {@code lienket bench replay}: {@link ReplayBenchmark} in scratch databases of the embedded PostgreSQL (production,
 * the sequential replay, the partitioned replay) and a scratch archive, all removed afterwards. Exit 1 when the
 * partitioned replay does not reconcile clean or does not reproduce production's submission ids and statuses.
 */
@Command(name = "replay", mixinStandardHelpOptions = true)
class ReplayBenchmarkCommand extends WarehouseCommand {

    @Option(names = "--years", defaultValue = "5", paramLabel = "N", descriptionKey = "lienket.bench.replay.years")
    private int years;
    @Option(names = "--last-quarter", defaultValue = "2026-Q2", paramLabel = "2026-Q2", descriptionKey = "lienket.bench.replay.last-quarter")
    private String lastQuarter;
    @Option(names = "--rows", defaultValue = "50", paramLabel = "N", descriptionKey = "lienket.bench.replay.rows")
    private int rows;
    @Option(names = "--parallel", paramLabel = "N", descriptionKey = "lienket.replay.parallel")
    private Integer parallel;
    @Option(names = "--work-dir", paramLabel = "DIR", descriptionKey = "lienket.bench.load.work-dir")
    private Path workDirectory;

    private BenchCommand.Scratch scratch;
    private List<Quarter> quarters;

    ReplayBenchmarkCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected boolean createsWarehouse() {
        return true;
    }

    @Override
    protected void checkInput() {
        if (years < 1 || rows < 1 || (parallel != null && parallel < 1)) {
            throw new UnusableInputException(messages.get("bench.replay.counts"));
        }
        quarters = ReplayBenchmark.quarters(years, parse(() -> Quarter.parse(lastQuarter)));
        scratch = BenchCommand.Scratch.prepare(application, messages, workDirectory);
        workDirectory = scratch.workDirectory();
    }

    @Override
    protected int run(PrintWriter out) throws Exception {
        EmbeddedWarehouse server = bean(EmbeddedWarehouse.class);
        Path work = workDirectory.resolve("replay-" + scratch.database());
        List<String> databases = new ArrayList<>(List.of(scratch.database()));
        try {
            ReplayBenchmark benchmark = new ReplayBenchmark(bean(SubmissionIntake.class), bean(DataSource.class),
                    bean(SubmissionArchive.class), step -> {
                        out.println("… " + step);
                        out.flush();
                    });
            LoadBenchmark.Measurement load = benchmark.loadProduction(work.resolve("workbooks"), quarters, rows);
            ReplayPlan plan = benchmark.plan();
            LoadBenchmark.Measurement sequential;
            try (ApplicationContextLauncher target = replayInto(server, databases, "seq", 1)) {
                sequential = benchmark.replaySequentially(target.bean(ReplayPartitionWorker.class));
            }
            LoadBenchmark.Measurement partitioned;
            ReplayBenchmark.Reconciled reconciled;
            List<String> findings = new ArrayList<>();
            int threads;
            try (ApplicationContextLauncher target = replayInto(server, databases, "par", parallel)) {
                ArchiveReplay replay = target.bean(ArchiveReplay.class);
                threads = replay.parallel();
                partitioned = benchmark.replayPartitioned(replay, plan);
                DataSource replayed = target.bean(DataSource.class);
                reconciled = benchmark.reconcile(replayed, work.resolve("audit"));
                if (!ReplayBenchmark.idsAndStatuses(replayed).equals(ReplayBenchmark.idsAndStatuses(bean(DataSource.class)))) {
                    findings.add("the partitioned replay did not reproduce production's submission ids and statuses");
                }
            }
            if (!reconciled.report().matches()) {
                findings.add("the reconciliation found " + reconciled.report().differences() + " differences");
            }
            out.println(markdown(plan, threads, load, sequential, partitioned, reconciled));
            findings.forEach(finding -> out.println("✗ " + finding));
            return findings.isEmpty() ? ExitCodes.SUCCESS : ExitCodes.REJECTED;
        } finally {
            for (String database : databases) {
                server.dropDatabase(database);
            }
            FileSystemUtils.deleteRecursively(scratch.archiveDirectory());
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /**
     * An application on another empty database of the same embedded server, with the scratch archive, migrated, set
     * to replay {@code parallel} lineages at a time as {@code lienket replay --parallel} does (null: the default).
     */
    private ApplicationContextLauncher replayInto(EmbeddedWarehouse server, List<String> databases, String suffix,
                                                  Integer parallel) throws Exception {
        String database = scratch.database() + "_" + suffix;
        databases.add(database);
        ApplicationContextLauncher target = application.another();
        target.override("spring.datasource.url", server.createDatabase(database));
        target.override("spring.datasource.username", server.username());
        target.override("spring.datasource.password", server.password());
        target.override("lienket.archive-dir", scratch.archiveDirectory().toString());
        ReplayTargets.replayingSideBySide(target, parallel);
        target.bean(WarehouseMigrator.class).migrate();
        return target;
    }

    private String markdown(ReplayPlan plan, int threads, LoadBenchmark.Measurement load, LoadBenchmark.Measurement sequential,
                            LoadBenchmark.Measurement partitioned, ReplayBenchmark.Reconciled reconciled) {
        return String.format(Locale.ROOT, """

                        | measure | receipts | seconds | submissions/s |
                        |---|---:|---:|---:|
                        | production: the archive loaded one workbook after another (as received) | %d | %.1f | %.1f |
                        | reference: replay one receipt after another, receipt order, empty database | %d | %.1f | %.1f |
                        | replay partitioned by lineage: %d lineages, %d at a time (`replayArchiveJob`), empty database | %d | %.1f | %.1f |
                        | reconciliation report, production against the partitioned replay (JSON + PDF) | — | %.1f | — |

                        %d years × 4 quarters × %d provinces of today (P63 predecessors before 2025-Q3), %d-row workbooks · \
                        partitioned / sequential: **%.2f×** · partitioned: **%.1f submissions/s** (target ≥ 20) · \
                        report: **%.1f s** (target < 30 s) · reconciliation: %s, %d submissions, %d fact groups
                        """,
                load.units(), load.seconds(), load.perSecond(),
                sequential.units(), sequential.seconds(), sequential.perSecond(),
                plan.lineages().size(), threads, partitioned.units(), partitioned.seconds(), partitioned.perSecond(),
                reconciled.time().seconds(),
                years, PortalBenchmark.PROVINCES.size(), rows,
                partitioned.perSecond() / sequential.perSecond(), partitioned.perSecond(), reconciled.time().seconds(),
                reconciled.report().matches() ? "clean" : reconciled.report().differences() + " differences",
                reconciled.report().submissions().size(), reconciled.report().factGroups().size());
    }
}
