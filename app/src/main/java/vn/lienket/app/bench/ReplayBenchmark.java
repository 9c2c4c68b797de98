package vn.lienket.app.bench;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.audit.reconcile.Reconciliation;
import vn.lienket.audit.reconcile.ReconciliationReport;
import vn.lienket.audit.reconcile.ReconciliationReportFile;
import vn.lienket.audit.reconcile.ReconciliationReportPdf;
import vn.lienket.audit.reconcile.ReplayRange;
import vn.lienket.audit.replay.ArchiveReplay;
import vn.lienket.audit.replay.ReplayPartitionWorker;
import vn.lienket.audit.replay.ReplayPlan;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.reference.WarehouseOcopGroupCatalogue;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.scorecard.ReportLanguage;

/**
 * Years of history replayed: an archive of ordinary workbooks, every quarter of every lineage (a province of today;
 * before the 2025 merger, one of the units it was made from), loaded into production (timed, the load as it happened),
 * then replayed one receipt after another (the reference) and partitioned by lineage, each into an empty database of
 * its own, then production reconciled against the partitioned replay (JSON and PDF report).
 */
final class ReplayBenchmark {

    /** The merger's first day: quarters from here on are the P34 era's. */
    private static final Quarter FIRST_P34_QUARTER = Quarter.parse("2025-Q3");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final SubmissionIntake intake;
    private final DataSource production;
    private final SubmissionArchive archive;
    private final Consumer<String> progress;

    ReplayBenchmark(SubmissionIntake intake, DataSource production, SubmissionArchive archive, Consumer<String> progress) {
        this.intake = intake;
        this.production = production;
        this.archive = archive;
        this.progress = progress;
    }

    /** The quarters of {@code years} years ending with {@code last}, oldest first. */
    static List<Quarter> quarters(int years, Quarter last) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter quarter = last;
        for (int i = 0; i < years * 4; i++) {
            quarters.add(0, quarter);
            quarter = quarter.previous();
        }
        return quarters;
    }

    /**
     * Writes (not timed) and loads (timed) one workbook per quarter and lineage, each received five days after its
     * quarter at 08:00 plus a minute per province, so receipts, ids and supersede order are those of a real history.
     */
    LoadBenchmark.Measurement loadProduction(Path workDirectory, List<Quarter> quarters, int rows) throws Exception {
        Map<ProvinceId, ProvinceId> predecessors = predecessors();
        progress.accept("generating " + quarters.size() * PortalBenchmark.PROVINCES.size() + " workbooks of " + rows + " rows (not timed)");
        List<Path> files = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        long seed = 20_260_000;
        for (Quarter quarter : quarters) {
            String ocopGroup = new WarehouseOcopGroupCatalogue(JdbcClient.create(production)).validOn(quarter.lastDay()).get(0).code();
            for (int p = 0; p < PortalBenchmark.PROVINCES.size(); p++) {
                ProvinceId today = PortalBenchmark.PROVINCES.get(p);
                ProvinceId province = quarter.compareTo(FIRST_P34_QUARTER) < 0 ? predecessors.get(today) : today;
                files.add(BenchmarkWorkbooks.write(workDirectory.resolve(quarter + "/" + province.era() + "-" + province.code() + ".xlsx"),
                        province, null, quarter, ocopGroup, rows, seed++));
                times.add(OffsetDateTime.of(quarter.lastDay().plusDays(5), LocalTime.of(8, p), VIETNAM));
            }
        }
        progress.accept("production: loading " + files.size() + " workbooks one after another");
        return LoadBenchmark.measure(files.size(), () -> {
            for (int i = 0; i < files.size(); i++) {
                SubmissionIntake.IntakeResult result = intake.load(files.get(i), "benchmark", times.get(i));
                if (result.submission().status() != SubmissionStatus.LOADED) {
                    throw new IllegalStateException("benchmark workbook was not loaded: " + files.get(i) + " "
                            + result.submission().status() + " " + result.reportJson().orElse(""));
                }
            }
        });
    }

    /** The plan of the whole archive, its lineages read from production's registry. */
    ReplayPlan plan() throws Exception {
        return ReplayPlan.of(archive.receipts(), production);
    }

    /** The reference: every receipt of the archive replayed one after another, in receipt order. */
    LoadBenchmark.Measurement replaySequentially(ReplayPartitionWorker worker) throws Exception {
        List<Receipt> receipts = archive.receipts();
        progress.accept("replay, one receipt after another: " + receipts.size() + " receipts");
        return LoadBenchmark.measure(receipts.size(), () -> worker.replay(receipts));
    }

    LoadBenchmark.Measurement replayPartitioned(ArchiveReplay replay, ReplayPlan plan) throws Exception {
        progress.accept("replay partitioned: " + plan.lineages().size() + " lineages, " + replay.parallel() + " at a time");
        return LoadBenchmark.measure(plan.size(), () -> replay.replay(plan, ReplayRange.all().toString(), result -> { }));
    }

    /** Production against the replay, the report written as JSON and PDF into {@code directory}. */
    Reconciled reconcile(DataSource replay, Path directory) throws Exception {
        progress.accept("reconciliation report");
        ReconciliationReport[] report = new ReconciliationReport[1];
        LoadBenchmark.Measurement time = LoadBenchmark.measure(1, () -> {
            report[0] = new Reconciliation(production, replay, ReplayRange.all()).compare();
            ReconciliationReportFile.write(report[0], directory);
            ReconciliationReportPdf.write(report[0], ReplayRange.all(), directory, ReportLanguage.VI);
        });
        return new Reconciled(time, report[0]);
    }

    /** Submission ids and statuses, in id order: the same in production and in a replay that reproduced them. */
    static List<String> idsAndStatuses(DataSource database) {
        return JdbcClient.create(database).sql("SELECT submission_id || ' ' || status FROM submission ORDER BY submission_id")
                .query(String.class).list();
    }

    /** For each province of today, the unit of the P63 era it reports as before the merger: the one with its code, else the first. */
    private Map<ProvinceId, ProvinceId> predecessors() {
        Map<ProvinceId, ProvinceId> predecessors = new LinkedHashMap<>();
        JdbcClient.create(production).sql("""
                        SELECT today.era_code, today.code, before.era_code, before.code
                          FROM province_crosswalk x
                          JOIN dim_province today ON today.province_key = x.p34_province_key
                          JOIN dim_province before ON before.province_key = x.p63_province_key
                         ORDER BY today.code, before.code <> today.code, before.code""")
                .query((row, n) -> predecessors.putIfAbsent(new ProvinceId(row.getString(1), row.getString(2)),
                        new ProvinceId(row.getString(3), row.getString(4))))
                .list();
        return predecessors;
    }

    record Reconciled(LoadBenchmark.Measurement time, ReconciliationReport report) {
    }
}
