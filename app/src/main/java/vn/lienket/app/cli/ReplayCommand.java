package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import me.tongfei.progressbar.ProgressBar;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.app.database.WarehouseMigrator;
import vn.lienket.audit.reconcile.Reconciliation;
import vn.lienket.audit.reconcile.ReconciliationReport;
import vn.lienket.audit.reconcile.ReconciliationReportFile;
import vn.lienket.audit.reconcile.ReconciliationReportPdf;
import vn.lienket.audit.reconcile.ReplayRange;
import vn.lienket.audit.reconcile.ScorecardReplays;
import vn.lienket.audit.replay.ArchiveReplay;
import vn.lienket.audit.replay.ReplayCounts;
import vn.lienket.audit.replay.ReplayPlan;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.registry.AuditLog;
import vn.lienket.jobs.JobEvents;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.render.ScorecardRuns;
import vn.lienket.scorecard.ReportLanguage;

/**
 * {@code lienket replay [--into <jdbc-url>] [--from 2024-Q3] [--to 2026-Q2] [--province P34:68] [--report DIR]
 * [--parallel N]}: loads every file of the archive (or of a range of quarters and a province) again, in the order and
 * with the times they were received, through the same load job; the provinces of today, each with the units it was
 * made from, side by side ({@code --parallel}, default one per core; see {@link ArchiveReplay}). On an empty warehouse this rebuilds the warehouse an auditor can
 * compare; on the warehouse itself it changes nothing (every file was processed before). {@code --into} replays into
 * another database, which must hold no submissions and must not be the warehouse itself; {@code --report} then
 * reconciles production with it over the same range and writes the report (JSON and PDF).
 */
@Command(name = "replay", mixinStandardHelpOptions = true)
class ReplayCommand extends WarehouseCommand {

    @Option(names = "--into", paramLabel = "JDBC_URL", descriptionKey = "lienket.replay.into")
    private String into;
    @Option(names = "--from", paramLabel = "2024-Q3", descriptionKey = "lienket.replay.from")
    private String from;
    @Option(names = "--to", paramLabel = "2026-Q2", descriptionKey = "lienket.replay.to")
    private String to;
    @Option(names = "--province", paramLabel = "P34:68", descriptionKey = "lienket.replay.province")
    private String province;
    @Option(names = "--report", paramLabel = "DIR", descriptionKey = "lienket.replay.report")
    private Path reportDirectory;
    @Option(names = "--parallel", paramLabel = "N", descriptionKey = "lienket.replay.parallel")
    private Integer parallel;

    private ReplayRange range = ReplayRange.all();

    ReplayCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected boolean createsWarehouse() {
        return true;
    }

    @Override
    protected void checkInput() {
        if (into != null && !into.startsWith("jdbc:postgresql:")) {
            throw new UnusableInputException(messages.get("reconcile.notPostgres", into));
        }
        range = new ReplayRange(from == null ? null : parse(() -> Quarter.parse(from)), to == null ? null : parse(() -> Quarter.parse(to)),
                province == null ? null : parse(() -> ProvinceId.parse(province)));
        if (into == null && (!range.isAll() || reportDirectory != null)) {
            throw new UnusableInputException(messages.get("replay.rangeNeedsInto"));
        }
        if (parallel != null && parallel < 1) {
            throw new UnusableInputException(messages.get("replay.parallel.invalid", parallel));
        }
        if (into == null) {
            ReplayTargets.replayingSideBySide(application, parallel);
        }
        JobEvents.initialiseAhead();
    }

    @Override
    protected int run(PrintWriter out) throws Exception {
        if (into == null) {
            return replay(application, out);
        }
        try (ApplicationContextLauncher target = application.another()) {
            target.override("spring.datasource.url", into);
            ReplayTargets.replayingSideBySide(target, parallel);
            DataSource targetDatabase = target.bean(DataSource.class);
            if (new Reconciliation(bean(DataSource.class), targetDatabase).sameDatabase()) {
                throw new UnusableInputException(messages.get("replay.into.sameDatabase", into));
            }
            target.bean(WarehouseMigrator.class).migrate();
            if (JdbcClient.create(targetDatabase).sql("SELECT EXISTS (SELECT 1 FROM submission)").query(Boolean.class).single()) {
                throw new UnusableInputException(messages.get("replay.into.notEmpty", into));
            }
            int replayed = replay(target, out);
            return reportDirectory == null ? replayed : reconcile(targetDatabase, target, out);
        }
    }

    private int replay(ApplicationContextLauncher warehouse, PrintWriter out) throws Exception {
        SubmissionArchive archive = warehouse.bean(SubmissionArchive.class);
        DataSource production = bean(DataSource.class);
        ReplayPlan plan = ReplayPlan.of(range.select(archive.receipts(), production), production);
        ArchiveReplay replay = warehouse.bean(ArchiveReplay.class);
        ReplayCounts counts;
        try (ProgressBar progress = Progress.bar(messages.get("replay.progress"), plan.size())) {
            counts = replay.replay(plan, range.toString(), result -> {
                progress.setExtraMessage(result.submission().originalFilename());
                progress.step();
            });
        }
        warehouse.bean(AuditLog.class).record(operator(), "replayed", null, null, Map.of(
                "archive", archive.root().toString(), "receipts", plan.size(), "loaded", counts.loaded(),
                "rejected", counts.rejected(), "alreadyProcessed", counts.alreadyProcessed(), "range", range.toString(),
                "lineages", plan.lineages().size(), "parallel", replay.parallel()));
        out.println(messages.get("replay.summary", plan.size(), archive.root(), counts.loaded(), counts.rejected(),
                counts.alreadyProcessed()));
        return ExitCodes.SUCCESS;
    }

    /**
     * The reconciliation of the range just replayed: production's scorecards of the range are rendered again in the
     * replay (with production's programme targets, which are configuration, not archived submissions), then both
     * warehouses are compared and the report written as JSON and PDF. Exit 1 when anything differs.
     */
    private int reconcile(DataSource replayDatabase, ApplicationContextLauncher replay, PrintWriter out) throws Exception {
        DataSource production = bean(DataSource.class);
        ScorecardReplays.copyTargets(production, replayDatabase);
        ScorecardRuns runs = replay.bean(ScorecardRuns.class);
        for (ScorecardRuns.RenderRequest request : ScorecardReplays.recorded(production, range, reportDirectory.resolve("scorecards"))) {
            runs.render(request, recorded -> { });
        }
        ReconciliationReport report = new Reconciliation(production, replayDatabase, range).compare();
        Path json = ReconciliationReportFile.write(report, reportDirectory);
        Path pdf = ReconciliationReportPdf.write(report, range, reportDirectory, messages.isEnglish() ? ReportLanguage.EN : ReportLanguage.VI);
        out.println(messages.get("reconcile.summary", report.submissions().size(), report.factGroups().size(),
                report.scorecards().size(), json));
        out.println(messages.get("replay.reportPdf", pdf));
        out.println(report.matches() ? messages.get("reconcile.matches") : messages.get("reconcile.differs", report.differences()));
        return report.matches() ? ExitCodes.SUCCESS : ExitCodes.REJECTED;
    }
}
