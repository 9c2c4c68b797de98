package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.registry.AuditLog;
import vn.lienket.intake.registry.SubmissionStatus;

/**
 * {@code lienket replay}: loads every file of the archive again, in the order and with the times
 * they were received, through the same load job. On an empty warehouse this rebuilds the warehouse an
 * auditor can compare; on the warehouse itself it changes nothing (every file was processed before).
 */
@Command(name = "replay", mixinStandardHelpOptions = true)
class ReplayCommand extends WarehouseCommand {

    ReplayCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected int run(PrintWriter out) throws Exception {
        SubmissionArchive archive = bean(SubmissionArchive.class);
        List<Receipt> receipts = archive.receipts();
        SubmissionIntake intake = bean(SubmissionIntake.class);
        int loaded = 0;
        int rejected = 0;
        int already = 0;
        try (ProgressBar progress = new ProgressBarBuilder().setTaskName(messages.get("replay.progress"))
                .setInitialMax(receipts.size()).setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
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
        bean(AuditLog.class).record(System.getProperty("user.name", "unknown"), "replayed", null, null, Map.of("archive", archive.root().toString(),
                "receipts", receipts.size(), "loaded", loaded, "rejected", rejected, "alreadyProcessed", already));
        out.println(messages.get("replay.summary", receipts.size(), archive.root(), loaded, rejected, already));
        return ExitCodes.SUCCESS;
    }
}
