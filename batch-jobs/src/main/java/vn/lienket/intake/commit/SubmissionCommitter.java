package vn.lienket.intake.commit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The switch from staging to facts, in the caller's single transaction: the facts of the new
 * submission are inserted, the submission it replaces (same province and quarter) is marked
 * superseded and the difference recorded field by field, and staging is emptied. If anything
 * fails, the transaction rolls back and the warehouse is exactly as before.
 */
@Component
public class SubmissionCommitter {

    private final JdbcClient jdbc;

    public SubmissionCommitter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves a staged, valid submission into the facts; returns what it replaced and changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CommitOutcome commit(long submissionId) {
        Identity identity = lockSubmission(submissionId);
        jdbc.sql("SELECT pg_advisory_xact_lock(:province, :quarter)")
                .param("province", identity.provinceKey()).param("quarter", identity.quarterKey())
                .query().singleRow();
        Optional<Long> previous = jdbc.sql("""
                        SELECT submission_id FROM submission
                        WHERE province_key = :province AND quarter_key = :quarter AND status = 'loaded' FOR UPDATE""")
                .param("province", identity.provinceKey()).param("quarter", identity.quarterKey())
                .query(Long.class).optional();

        List<String> unknown = jdbc.sql(FactInserts.UNKNOWN_CODES).param("id", submissionId).query(String.class).list();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Submission " + submissionId + " uses codes the warehouse does not know: " + unknown);
        }
        Map<String, Object> keys = Map.of("id", submissionId, "province", identity.provinceKey(), "quarter", identity.quarterKey());
        long investment = jdbc.sql(FactInserts.INVESTMENT).params(keys).update();
        long ocop = jdbc.sql(FactInserts.OCOP).params(keys).update();
        long events = jdbc.sql(FactInserts.EVENT).params(keys).update();
        long partners = jdbc.sql(FactInserts.EVENT_PARTNER).params(keys).update();
        requireEveryPartnerResolved(submissionId, partners);

        long changes = 0;
        if (previous.isPresent()) {
            jdbc.sql("UPDATE submission SET status = 'superseded', superseded_by = :id WHERE submission_id = :previous")
                    .param("id", submissionId).param("previous", previous.get()).update();
            for (FactDiff diff : FactDiff.ALL) {
                changes += jdbc.sql(diff.insertSql()).param("id", submissionId).param("previous", previous.get()).update();
            }
        }
        int loaded = jdbc.sql("UPDATE submission SET status = 'loaded', loaded_at = now() WHERE submission_id = :id AND status = 'received'")
                .param("id", submissionId).update();
        if (loaded != 1) {
            throw new IllegalStateException("Submission " + submissionId + " is no longer waiting to be loaded");
        }
        for (String table : List.of("stg_investment", "stg_ocop", "stg_event")) {
            jdbc.sql("DELETE FROM " + table + " WHERE submission_id = :id").param("id", submissionId).update();
        }
        return new CommitOutcome(investment, ocop, events, previous, changes);
    }

    private Identity lockSubmission(long submissionId) {
        return jdbc.sql("SELECT province_key, quarter_key FROM submission WHERE submission_id = :id FOR UPDATE")
                .param("id", submissionId)
                .query((row, n) -> new Identity(row.getInt(1), row.getInt(2)))
                .optional()
                .filter(identity -> identity.provinceKey() > 0 && identity.quarterKey() > 0)
                .orElseThrow(() -> new IllegalStateException("Submission " + submissionId + " has no province and quarter"));
    }

    private void requireEveryPartnerResolved(long submissionId, long inserted) {
        long named = jdbc.sql("SELECT count(DISTINCT (source_row, pid)) FROM stg_event, unnest(partner_ids) AS pid WHERE submission_id = :id")
                .param("id", submissionId).query(Long.class).single();
        if (named != inserted) {
            throw new IllegalStateException("Submission " + submissionId + " names " + named
                    + " partner provinces but only " + inserted + " exist in the warehouse");
        }
    }

    private record Identity(int provinceKey, int quarterKey) {
    }

    /**
     * What a commit did.
     *
     * @param replaced the submission superseded by this one, if any
     * @param changes  rows of the recorded difference (added, removed, and one per changed field)
     */
    public record CommitOutcome(long investmentProjects, long ocopCounts, long promotionEvents,
                                Optional<Long> replaced, long changes) {
    }
}
