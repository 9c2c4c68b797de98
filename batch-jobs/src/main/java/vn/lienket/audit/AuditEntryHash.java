package vn.lienket.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import vn.lienket.domain.Sha256;

/**
 * The SHA-256 of an audit entry's content, computed the way the database's {@code audit_log_chain} trigger
 * computes it, but here in Java so a verification does not trust the database's own function. The content is
 * position, id, time (microseconds since the epoch), actor, action, submission, file hash, details and the previous
 * entry's hash, each written {@code <UTF-8 byte length>:<text>} ({@code ~} when absent) and concatenated.
 */
public final class AuditEntryHash {

    /** The "previous hash" of the first entry of the chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditEntryHash() {
    }

    public static String of(AuditEntry entry) {
        return sha256(canonicalContent(entry));
    }

    static String canonicalContent(AuditEntry entry) {
        return field(Long.toString(entry.position()))
                + field(Long.toString(entry.auditId()))
                + field(Long.toString(epochMicros(entry.occurredAt())))
                + field(entry.actor())
                + field(entry.action())
                + field(entry.submissionId() == null ? null : entry.submissionId().toString())
                + field(entry.fileSha256())
                + field(entry.details())
                + field(entry.previousHash());
    }

    private static String field(String value) {
        return value == null ? "~" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }

    private static long epochMicros(OffsetDateTime time) {
        return Math.addExact(Math.multiplyExact(time.toEpochSecond(), 1_000_000L), time.getNano() / 1_000L);
    }

    private static String sha256(String text) {
        return Sha256.hexOf(text.getBytes(StandardCharsets.UTF_8));
    }
}
