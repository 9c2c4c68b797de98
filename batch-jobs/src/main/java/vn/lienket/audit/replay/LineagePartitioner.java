package vn.lienket.audit.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;

/**
 * One partition per lineage of a {@link ReplayPlan}, whatever the grid size (which bounds how many run at once, not
 * how the receipts are cut: 34 lineages on a grid of 2 keep both cores busy until the last one). Each partition's
 * execution context names its lineage and its receipts, in order, by their file names in the archive: all a worker
 * needs, on this machine or another.
 */
public class LineagePartitioner implements Partitioner {

    public static final String LINEAGE = "replay.lineage";
    public static final String RECEIPTS = "replay.receipts";

    private final ReplayPlan plan;

    public LineagePartitioner(ReplayPlan plan) {
        this.plan = plan;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        plan.lineages().forEach((lineage, receipts) -> {
            ExecutionContext context = new ExecutionContext();
            context.putString(LINEAGE, lineage);
            context.put(RECEIPTS, receiptNames(receipts));
            partitions.put("lineage " + lineage, context);
        });
        return partitions;
    }

    private static ArrayList<String> receiptNames(List<Receipt> receipts) {
        ArrayList<String> names = new ArrayList<>();
        receipts.forEach(receipt -> names.add(SubmissionArchive.receiptFileName(receipt)));
        return names;
    }
}
