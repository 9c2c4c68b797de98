package vn.lienket.audit;

import java.util.Optional;

/**
 * The outcome of recomputing the audit log's chain.
 *
 * @param entries the number of entries read
 * @param head    the last entry of the chain when it holds: its position and hash are what an auditor files, so that
 *                a later verification also proves that no entry after it was cut off
 */
public record ChainVerification(long entries, Optional<AuditEntry> head, Optional<ChainBreak> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
