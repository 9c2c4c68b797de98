package vn.lienket.audit;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One entry of the audit log as stored, with its place in the chain.
 *
 * @param details the JSONB details as PostgreSQL writes them out ({@code details::text}), or null
 */
public record AuditEntry(long position, long auditId, OffsetDateTime occurredAt, String actor, String action,
                         Long submissionId, String fileSha256, String details, String previousHash, String entryHash) {

    public Optional<Long> submission() {
        return Optional.ofNullable(submissionId);
    }
}
