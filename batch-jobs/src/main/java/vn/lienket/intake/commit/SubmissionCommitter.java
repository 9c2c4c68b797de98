package vn.lienket.intake.commit;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a staged submission, in the caller's single transaction: its facts, already in the fact
 * tables, become current when its status flips to {@code loaded}; the submission it replaces (same
 * province and quarter) is marked superseded and the difference recorded field by field. No fact row
 * moves, so a million-row submission publishes as fast as a small one. If anything fails, the
 * transaction rolls back and the warehouse is exactly as before.
 */
@Component
public class SubmissionCommitter {

    private final JdbcClient jdbc;

    public SubmissionCommitter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Publishes a staged, valid submission; returns what it replaced and changed. */
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
        return new CommitOutcome(previous, changes);
    }

    private Identity lockSubmission(long submissionId) {
        return jdbc.sql("SELECT province_key, quarter_key FROM submission WHERE submission_id = :id FOR UPDATE")
                .param("id", submissionId)
                .query((row, n) -> new Identity(row.getInt(1), row.getInt(2)))
                .optional()
                .filter(identity -> identity.provinceKey() > 0 && identity.quarterKey() > 0)
                .orElseThrow(() -> new IllegalStateException("Submission " + submissionId + " has no province and quarter"));
    }

    private record Identity(int provinceKey, int quarterKey) {
    }

    /**
     * What a commit did.
     *
     * @param replaced the submission superseded by this one, if any
     * @param changes  rows of the recorded difference (added, removed, and one per changed field)
     */
    public record CommitOutcome(Optional<Long> replaced, long changes) {
    }
}
