package vn.lienket.app.bench;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.app.reference.PackagedReference;
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
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.reference.WarehouseOcopGroupCatalogue;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.reference.ProvinceDirectory;

/**
 * Years of history replayed: an archive of ordinary workbooks, every quarter of every lineage (a province of today;
 * before the 2025 merger, one of the units it was made from), loaded into production (timed, the load as it happened),
 * then replayed one receipt after another (the reference) and partitioned by lineage, each into an empty database of
 * its own, then production reconciled against the partitioned replay (JSON and PDF report).
 */
final class ReplayBenchmark {

    /** The merger's first day: quarters from here on are the P34 era's. */
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
        ProvinceDirectory provinces = PackagedReference.load().provinces();
        Map<ProvinceId, ProvinceId> predecessors = predecessors(provinces);
        progress.accept("generating " + quarters.size() * PortalBenchmark.PROVINCES.size() + " workbooks of " + rows + " rows (not timed)");
        List<Path> files = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        long seed = 20_260_000;
        for (Quarter quarter : quarters) {
            String ocopGroup = new WarehouseOcopGroupCatalogue(JdbcClient.create(production)).validOn(quarter.lastDay()).get(0).code();
            for (int p = 0; p < PortalBenchmark.PROVINCES.size(); p++) {
                ProvinceId today = PortalBenchmark.PROVINCES.get(p);
                ProvinceId province = provinces.eraOf(quarter).code().equals(today.era()) ? today : predecessors.get(today);
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

    /**
     * For each province of today, the unit it was made from that it reports as before the merger: the one with its
     * code, else the first by code (the packaged crosswalk, the same files Liquibase loads).
     */
    private static Map<ProvinceId, ProvinceId> predecessors(ProvinceDirectory provinces) {
        Map<ProvinceId, ProvinceId> predecessors = new HashMap<>();
        provinces.eras().stream().flatMap(era -> provinces.provinces(era.code()).stream()).map(Province::id)
                .sorted(Comparator.comparing(ProvinceId::code))
                .forEach(before -> provinces.successor(before).map(succession -> succession.to().id()).ifPresent(today ->
                        predecessors.merge(today, before, (kept, other) -> other.code().equals(today.code()) ? other : kept)));
        return predecessors;
    }

    record Reconciled(LoadBenchmark.Measurement time, ReconciliationReport report) {
    }
}
