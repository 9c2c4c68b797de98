package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.audit.reconcile.Reconciliation;
import vn.lienket.audit.reconcile.ReconciliationReport;
import vn.lienket.audit.reconcile.ReconciliationReportFile;
import vn.lienket.audit.reconcile.ReconciliationReportPdf;
import vn.lienket.audit.reconcile.ReplayRange;
import vn.lienket.scorecard.ReportLanguage;

/**
 * {@code lienket reconcile --against <jdbc-url> --report DIR}: compares the warehouse with a replay of its archive
 * made earlier in another database, and writes the report as JSON and PDF (exit 0 everything matches, 1 anything
 * differs).
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true)
class ReconcileCommand extends WarehouseCommand {

    @Option(names = "--against", required = true, paramLabel = "JDBC_URL", descriptionKey = "lienket.reconcile.against")
    private String against;
    @Option(names = "--report", required = true, paramLabel = "DIR", descriptionKey = "lienket.reconcile.report")
    private Path reportDirectory;

    ReconcileCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected void checkInput() {
        if (!against.startsWith("jdbc:postgresql:")) {
            throw new UnusableInputException(messages.get("reconcile.notPostgres", against));
        }
    }

    @Override
    protected int run(PrintWriter out) throws Exception {
        Reconciliation reconciliation = new Reconciliation(bean(DataSource.class), new DriverManagerDataSource(against));
        if (reconciliation.sameDatabase()) {
            throw new UnusableInputException(messages.get("reconcile.sameDatabase", against));
        }
        ReconciliationReport report = reconciliation.compare();
        Path file = ReconciliationReportFile.write(report, reportDirectory);
        Path pdf = ReconciliationReportPdf.write(report, ReplayRange.all(), reportDirectory,
                messages.isEnglish() ? ReportLanguage.EN : ReportLanguage.VI);
        out.println(messages.get("reconcile.summary", report.submissions().size(), report.factGroups().size(),
                report.scorecards().size(), file));
        out.println(messages.get("replay.reportPdf", pdf));
        if (report.matches()) {
            out.println(messages.get("reconcile.matches"));
            return ExitCodes.SUCCESS;
        }
        report.submissions().stream().filter(s -> !s.matches()).forEach(s -> out.println(messages.get("reconcile.submission",
                s.originalFilename(), s.fileSha256().substring(0, 12), state(s.statusThen(), s.contractThen()),
                state(s.statusNow(), s.contractNow()))));
        report.factGroups().stream().filter(g -> !g.matches()).forEach(g -> {
            out.println(messages.get("reconcile.factGroup", g.table(), g.quarter(), g.province(), g.rowsThen(), g.rowsNow()));
            g.onlyInProduction().forEach(row -> out.println(messages.get("reconcile.row.production", row.lineage().submissionId(),
                    row.lineage().originalFilename(), row.lineage().fileSha256().substring(0, 12), row.lineage().sheet(),
                    row.lineage().row())));
            g.onlyInReplay().forEach(row -> out.println(messages.get("reconcile.row.replay", row.lineage().originalFilename(),
                    row.lineage().fileSha256().substring(0, 12), row.lineage().sheet(), row.lineage().row())));
        });
        report.scorecards().stream().filter(s -> !s.matches()).forEach(s -> out.println(messages.get("reconcile.scorecard",
                s.kind(), s.subject(), s.quarter(), s.view(), s.language(), shortSha(s.pdfRendered()), shortSha(s.pdfReRendered()))));
        out.println(messages.get("reconcile.differs", report.differences()));
        return ExitCodes.REJECTED;
    }

    /** A submission's status with the workbook contract version it was checked under. */
    private String state(String status, String contractVersion) {
        return status == null ? messages.get("reconcile.absent")
                : messages.get("reconcile.state", messages.get("status." + status), contractVersion);
    }

    private String shortSha(String sha256) {
        return sha256 == null ? messages.get("reconcile.absent") : sha256.substring(0, 12);
    }
}
