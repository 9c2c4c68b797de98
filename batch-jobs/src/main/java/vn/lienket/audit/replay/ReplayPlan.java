package vn.lienket.audit.replay;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.audit.reconcile.ReplayRange;
import vn.lienket.intake.archive.Receipt;

/**
 * The receipts of a replay, cut where they cannot touch each other. Receipts touch each other through the registry's
 * supersede chain of a province and quarter, and a chain crosses the 2025 merger (a P34 unit's first workbook follows
 * its P63 predecessors'), so the cut is by <em>lineage</em>: the province of today a receipt's province rolls up to
 * ({@code v_province_rollup}, the crosswalk's one owner), as production registered the receipt. Within a lineage the
 * receipts keep their order. A receipt production registered without a province (a file it could not read or
 * identify), or does not know at all (a replay into the warehouse itself, with no production to ask), goes to the
 * lineage {@link #UNIDENTIFIED}, in order with the others like it.
 *
 * @param unrecorded receipts written before receipts recorded the submission id: replayed first, one after the other,
 *                   so that they get their ids from the sequence as they did in production
 * @param lineages   the other receipts by lineage ({@code P34:68}), in receipt order, lineages in order of first receipt
 */
public record ReplayPlan(List<Receipt> unrecorded, Map<String, List<Receipt>> lineages) {

    /** The lineage of receipts whose province production does not know. */
    public static final String UNIDENTIFIED = "-";

    public ReplayPlan {
        unrecorded = List.copyOf(unrecorded);
        lineages = Collections.unmodifiableMap(new LinkedHashMap<>(lineages));
    }

    /** The plan of {@code receipts} (in replay order), their lineages read from {@code production}'s registry. */
    public static ReplayPlan of(List<Receipt> receipts, DataSource production) {
        Map<String, String> lineageOf = new HashMap<>();
        JdbcClient.create(production).sql("""
                        SELECT s.submission_id, s.file_sha256, s.received_at, today.era_code || ':' || today.code
                          FROM submission s
                          JOIN v_province_rollup r ON r.province_key = s.province_key
                          JOIN dim_province today ON today.province_key = r.current_province_key""")
                .query((row, n) -> {
                    String lineage = row.getString(4);
                    ReplayRange.registeredArrival(row.getLong(1), row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant())
                            .forEach(arrival -> lineageOf.put(arrival, lineage));
                    return lineage;
                })
                .list();
        List<Receipt> unrecorded = new ArrayList<>();
        Map<String, List<Receipt>> lineages = new LinkedHashMap<>();
        for (Receipt receipt : receipts) {
            if (receipt.submissionId() == null) {
                unrecorded.add(receipt);
            } else {
                lineages.computeIfAbsent(lineageOf.getOrDefault(ReplayRange.registeredArrival(receipt), UNIDENTIFIED),
                        lineage -> new ArrayList<>()).add(receipt);
            }
        }
        return new ReplayPlan(unrecorded, lineages);
    }

    public int size() {
        return unrecorded.size() + lineages.values().stream().mapToInt(List::size).sum();
    }
}
