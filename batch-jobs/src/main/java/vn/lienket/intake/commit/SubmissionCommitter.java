package vn.lienket.intake.commit;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.registry.SupersedeReason;

/**
 * Publishing a staged submission, in the caller's single transaction: its facts, already in the fact
 * tables, become current when its status flips to {@code loaded}; the submission it replaces (same
 * province and quarter, received earlier) is marked superseded and the difference recorded field by field. No fact row
 * moves, so a million-row submission publishes as fast as a small one. If anything fails, the
 * transaction rolls back and the warehouse is exactly as before.
 */
@Component
public class SubmissionCommitter {

    private final JdbcClient jdbc;
    private final SubmissionRegistry registry;

    public SubmissionCommitter(JdbcClient jdbc, SubmissionRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /**
     * Publishes a staged, valid submission; returns what it replaced and changed. A submission received
     * before the current one of its province and quarter (it finished loading later) does not replace
     * that newer one: it is recorded superseded by it, and nothing the warehouse shows changes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CommitOutcome commit(long submissionId) {
        Identity identity = lockSubmission(submissionId);
        jdbc.sql("SELECT pg_advisory_xact_lock(:province, :quarter)")
                .param("province", identity.provinceKey()).param("quarter", identity.quarterKey())
                .query().singleRow();
        Optional<SubmissionRegistry.Current> previous = registry.lockCurrent(identity.provinceKey(), identity.quarterKey());
        if (previous.isPresent() && previous.get().receivedAt().isAfter(identity.receivedAt())) {
            registry.markSuperseded(submissionId, previous.get().id(), SupersedeReason.RECEIVED_EARLIER);
            return new CommitOutcome(Optional.empty(), 0, Optional.of(previous.get().id()));
        }
        long changes = 0;
        if (previous.isPresent()) {
            registry.markSuperseded(previous.get().id(), submissionId, SupersedeReason.RECEIVED_LATER);
            for (FactDiff diff : FactDiff.ALL) {
                changes += jdbc.sql(diff.insertSql()).param("id", submissionId).param("previous", previous.get().id()).update();
            }
        }
        registry.markLoaded(submissionId);
        return new CommitOutcome(previous.map(SubmissionRegistry.Current::id), changes, Optional.empty());
    }

    private Identity lockSubmission(long submissionId) {
        return jdbc.sql("SELECT province_key, quarter_key, received_at FROM submission WHERE submission_id = :id FOR UPDATE")
                .param("id", submissionId)
                .query((row, n) -> new Identity(row.getInt(1), row.getInt(2), row.getObject(3, OffsetDateTime.class)))
                .optional()
                .filter(identity -> identity.provinceKey() > 0 && identity.quarterKey() > 0)
                .orElseThrow(() -> new IllegalStateException("Submission " + submissionId + " has no province and quarter"));
    }

    private record Identity(int provinceKey, int quarterKey, OffsetDateTime receivedAt) {
    }

    /**
     * What a commit did.
     *
     * @param replaced the submission superseded by this one, if any
     * @param changes  rows of the recorded difference (added, removed, and one per changed field)
     * @param newerCurrent the submission received after this one that stays current, when this one arrived too late
     */
    public record CommitOutcome(Optional<Long> replaced, long changes, Optional<Long> newerCurrent) {
    }
}
