package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import me.tongfei.progressbar.ProgressBar;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.app.database.WarehouseMigrator;
import vn.lienket.audit.reconcile.Reconciliation;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.registry.AuditLog;
import vn.lienket.intake.registry.SubmissionStatus;

/**
 * {@code lienket replay [--into <jdbc-url>]}: loads every file of the archive again, in the order and with the times
 * they were received, through the same load job. On an empty warehouse this rebuilds the warehouse an auditor can
 * compare; on the warehouse itself it changes nothing (every file was processed before). {@code --into} replays into
 * another database, which must hold no submissions and must not be the warehouse itself.
 */
@Command(name = "replay", mixinStandardHelpOptions = true)
class ReplayCommand extends WarehouseCommand {

    @Option(names = "--into", paramLabel = "JDBC_URL", descriptionKey = "lienket.replay.into")
    private String into;

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
    }

    @Override
    protected int run(PrintWriter out) throws Exception {
        if (into == null) {
            return replay(application, out);
        }
        try (ApplicationContextLauncher target = application.another()) {
            target.override("spring.datasource.url", into);
            DataSource targetDatabase = target.bean(DataSource.class);
            if (new Reconciliation(bean(DataSource.class), targetDatabase).sameDatabase()) {
                throw new UnusableInputException(messages.get("replay.into.sameDatabase", into));
            }
            target.bean(WarehouseMigrator.class).migrate();
            if (JdbcClient.create(targetDatabase).sql("SELECT EXISTS (SELECT 1 FROM submission)").query(Boolean.class).single()) {
                throw new UnusableInputException(messages.get("replay.into.notEmpty", into));
            }
            return replay(target, out);
        }
    }

    private int replay(ApplicationContextLauncher warehouse, PrintWriter out) throws Exception {
        SubmissionArchive archive = warehouse.bean(SubmissionArchive.class);
        List<Receipt> receipts = archive.receipts();
        SubmissionIntake intake = warehouse.bean(SubmissionIntake.class);
        int loaded = 0;
        int rejected = 0;
        int already = 0;
        try (ProgressBar progress = Progress.bar(messages.get("replay.progress"), receipts.size())) {
            for (Receipt receipt : receipts) {
                progress.setExtraMessage(receipt.originalFilename());
                SubmissionIntake.IntakeResult result = intake.replay(receipt);
                if (result.alreadyProcessed()) {
                    already++;
                } else if (result.submission().status() == SubmissionStatus.REJECTED) {
                    rejected++;
                } else {
                    loaded++;
                }
                progress.step();
            }
        }
        warehouse.bean(AuditLog.class).record(System.getProperty("user.name", "unknown"), "replayed", null, null, Map.of(
                "archive", archive.root().toString(), "receipts", receipts.size(), "loaded", loaded, "rejected", rejected,
                "alreadyProcessed", already));
        out.println(messages.get("replay.summary", receipts.size(), archive.root(), loaded, rejected, already));
        return ExitCodes.SUCCESS;
    }
}
