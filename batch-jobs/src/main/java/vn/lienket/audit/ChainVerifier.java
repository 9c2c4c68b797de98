package vn.lienket.audit;

import java.util.Optional;

/**
 * Walks the audit log in chain order and stops at the first link that does not hold. Fed one entry at a time, so
 * a log of any length is verified in constant memory.
 */
public final class ChainVerifier {

    private long entries;
    private AuditEntry last;
    private ChainBreak firstBreak;

    /** Checks the next entry; false once the chain is broken (later entries are not looked at). */
    public boolean accept(AuditEntry entry) {
        if (firstBreak != null) {
            return false;
        }
        entries++;
        long expectedPosition = last == null ? 1 : last.position() + 1;
        String expectedPrevious = last == null ? AuditEntryHash.GENESIS : last.entryHash();
        if (entry.position() != expectedPosition) {
            firstBreak = new ChainBreak(entry.position(), entry.auditId(), ChainBreak.Kind.ENTRIES_MISSING);
        } else if (!expectedPrevious.equals(entry.previousHash())) {
            firstBreak = new ChainBreak(entry.position(), entry.auditId(), ChainBreak.Kind.LINK_BROKEN);
        } else if (!AuditEntryHash.of(entry).equals(entry.entryHash())) {
            firstBreak = new ChainBreak(entry.position(), entry.auditId(), ChainBreak.Kind.CONTENT_ALTERED);
        } else {
            last = entry;
        }
        return firstBreak == null;
    }

    public ChainVerification result() {
        return new ChainVerification(entries, firstBreak == null ? Optional.ofNullable(last) : Optional.empty(),
                Optional.ofNullable(firstBreak));
    }
}
