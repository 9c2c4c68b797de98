package vn.lienket.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;

/**
 * The partitions a replay is cut into: one per lineage whatever the grid size, each naming its receipts in their
 * order, so that a worker anywhere replays a province's history (its P63 predecessors' first) as it was received.
 */
class LineagePartitionerTest {

    private static final OffsetDateTime MORNING = OffsetDateTime.parse("2025-10-05T08:00:00+07:00");

    @Test
    void eachLineageIsOnePartitionThatNamesItsReceiptsInReceiptOrderWhateverTheGridSize() {
        Receipt binhThuan2025Q2 = receipt(1, "a", MORNING.minusMonths(3));
        Receipt lamDong2025Q3 = receipt(3, "c", MORNING);
        Receipt lamDong2025Q3Again = receipt(4, "d", MORNING.plusDays(1));
        Receipt daNang2025Q3 = receipt(2, "b", MORNING.minusMinutes(5));
        Map<String, List<Receipt>> lineages = new LinkedHashMap<>();
        lineages.put("P34:68", List.of(binhThuan2025Q2, lamDong2025Q3, lamDong2025Q3Again));
        lineages.put("P34:48", List.of(daNang2025Q3));
        ReplayPlan plan = new ReplayPlan(List.of(), lineages);

        Map<String, ExecutionContext> partitions = new LineagePartitioner(plan).partition(1);

        assertThat(partitions).hasSize(2).containsKeys("lineage P34:68", "lineage P34:48");
        ExecutionContext lamDong = partitions.get("lineage P34:68");
        assertThat(lamDong.getString(LineagePartitioner.LINEAGE)).isEqualTo("P34:68");
        assertThat(lamDong.get(LineagePartitioner.RECEIPTS)).isEqualTo(List.of(SubmissionArchive.receiptFileName(binhThuan2025Q2),
                SubmissionArchive.receiptFileName(lamDong2025Q3), SubmissionArchive.receiptFileName(lamDong2025Q3Again)));
        assertThat(new LineagePartitioner(plan).partition(8)).as("the grid bounds the threads, not the cut").hasSize(2);
        assertThat(plan.size()).isEqualTo(4);
    }

    private static Receipt receipt(long id, String hashLetter, OffsetDateTime receivedAt) {
        return new Receipt(hashLetter.repeat(64), "book-" + id + ".xlsx", "benchmark", receivedAt, "*", id);
    }
}
