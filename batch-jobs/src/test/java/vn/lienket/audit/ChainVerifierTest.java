package vn.lienket.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 4, 10, 12, 0, 0, 123_456_000, ZoneOffset.ofHours(7));

    @Test
    void anUntouchedChainHoldsAndNamesItsHead() {
        List<AuditEntry> chain = chain(4);

        ChainVerification verification = verify(chain);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(4);
        assertThat(verification.head()).contains(chain.get(3));
    }

    @Test
    void anEntryWhoseContentChangedIsFoundAtItsPosition() {
        List<AuditEntry> chain = chain(5);
        AuditEntry third = chain.get(2);
        chain.set(2, new AuditEntry(third.position(), third.auditId(), third.occurredAt(), "someone else", third.action(),
                third.submissionId(), third.fileSha256(), third.details(), third.previousHash(), third.entryHash()));

        ChainVerification verification = verify(chain);

        assertThat(verification.firstBreak()).contains(new ChainBreak(3, 103, ChainBreak.Kind.CONTENT_ALTERED));
        assertThat(verification.head()).isEmpty();
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkOfTheNextOne() {
        List<AuditEntry> chain = chain(5);
        AuditEntry second = chain.get(1);
        AuditEntry forged = new AuditEntry(second.position(), second.auditId(), second.occurredAt(), second.actor(), "loaded",
                second.submissionId(), second.fileSha256(), second.details(), second.previousHash(), null);
        chain.set(1, withHash(forged));

        assertThat(verify(chain).firstBreak()).contains(new ChainBreak(3, 103, ChainBreak.Kind.LINK_BROKEN));
    }

    @Test
    void aDeletedEntryIsFoundWhereThePositionsJump() {
        List<AuditEntry> chain = chain(5);
        chain.remove(3);

        assertThat(verify(chain).firstBreak()).contains(new ChainBreak(5, 105, ChainBreak.Kind.ENTRIES_MISSING));
    }

    @Test
    void theTimeCountsToTheMicrosecondAndTextAsUtf8Bytes() {
        AuditEntry entry = chain(1).get(0);

        assertThat(AuditEntryHash.canonicalContent(entry)).isEqualTo(
                "1:1" + "3:101" + "16:" + (NOON.toEpochSecond() * 1_000_000 + 123_456) + "17:Sở Lâm Đồng" + "8:received"
                        + "~" + "~" + "20:{\"note\": \"quý 1 a\"}" + "64:" + AuditEntryHash.GENESIS);
    }

    private static ChainVerification verify(List<AuditEntry> chain) {
        ChainVerifier verifier = new ChainVerifier();
        chain.forEach(verifier::accept);
        return verifier.result();
    }

    /** A valid chain of {@code length} entries with ids 101, 102, … */
    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = AuditEntryHash.GENESIS;
        for (int position = 1; position <= length; position++) {
            AuditEntry entry = withHash(new AuditEntry(position, 100 + position, NOON.plusMinutes(position - 1), "Sở Lâm Đồng",
                    "received", null, null, "{\"note\": \"quý " + position + " a\"}", previous, null));
            chain.add(entry);
            previous = entry.entryHash();
        }
        return chain;
    }

    private static AuditEntry withHash(AuditEntry entry) {
        return new AuditEntry(entry.position(), entry.auditId(), entry.occurredAt(), entry.actor(), entry.action(),
                entry.submissionId(), entry.fileSha256(), entry.details(), entry.previousHash(), AuditEntryHash.of(entry));
    }
}
