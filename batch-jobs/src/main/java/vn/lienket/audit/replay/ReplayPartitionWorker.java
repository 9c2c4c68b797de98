package vn.lienket.audit.replay;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;

/**
 * The worker side of the partitioned replay: replays one lineage's receipts, in their order, each at its original time
 * of receipt through {@link SubmissionIntake#replay} (which registers it under the id its receipt records). No Spring
 * Batch in here: the worker step of {@link ReplayArchiveJobConfiguration} calls it with the receipts its partition
 * names, whether the partition was handed over by a local thread pool or, on another machine, by a message.
 */
public class ReplayPartitionWorker {

    private final SubmissionIntake intake;
    private final SubmissionArchive archive;
    private final List<Consumer<SubmissionIntake.IntakeResult>> observers = new CopyOnWriteArrayList<>();

    public ReplayPartitionWorker(SubmissionIntake intake, SubmissionArchive archive) {
        this.intake = intake;
        this.archive = archive;
    }

    /** Replays the receipts of these file names in the archive's receipts folder, in this order. */
    public ReplayCounts replayNamed(List<String> receiptNames) throws IOException {
        List<Receipt> receipts = new ArrayList<>(receiptNames.size());
        for (String name : receiptNames) {
            receipts.add(SubmissionArchive.readReceipt(archive.receiptsDirectory().resolve(name)));
        }
        return replay(receipts);
    }

    /** Replays these receipts one after the other, in this order. */
    public ReplayCounts replay(List<Receipt> receipts) {
        ReplayCounts counts = ReplayCounts.NONE;
        for (Receipt receipt : receipts) {
            SubmissionIntake.IntakeResult result = intake.replay(receipt);
            counts = counts.plus(ReplayCounts.of(result));
            observers.forEach(observer -> observer.accept(result));
        }
        return counts;
    }

    /** Tells {@code observer} of every receipt this worker replays (from any thread) until the returned handle closes. */
    public AutoCloseable observe(Consumer<SubmissionIntake.IntakeResult> observer) {
        observers.add(observer);
        return () -> observers.remove(observer);
    }
}
