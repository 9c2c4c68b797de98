package vn.lienket.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log in chain order: to verify its hashes, or to show it. */
@Repository
public class AuditChain {

    private static final String COLUMNS = """
            SELECT chain_position, audit_id, occurred_at, actor, action, submission_id, file_sha256, details::text AS details,
                   previous_hash, entry_hash
              FROM audit_log""";

    private final JdbcClient jdbc;

    public AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes every entry's hash and link, in chain order, and reports the first that does not hold. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier();
        try (Stream<AuditEntry> entries = jdbc.sql(COLUMNS + " ORDER BY chain_position")
                .withFetchSize(1_000).query(AuditChain::entry).stream()) {
            entries.allMatch(verifier::accept);
        }
        return verifier.result();
    }

    /** The entries written at or after {@code since} and about {@code submission}, when given, in chain order. */
    public List<AuditEntry> list(Optional<OffsetDateTime> since, Optional<Long> submission) {
        return jdbc.sql(COLUMNS + " " + """
                         WHERE (CAST(:since AS TIMESTAMPTZ) IS NULL OR occurred_at >= :since)
                           AND (CAST(:submission AS BIGINT) IS NULL OR submission_id = :submission)
                         ORDER BY chain_position""")
                .param("since", since.orElse(null))
                .param("submission", submission.orElse(null))
                .query(AuditChain::entry)
                .list();
    }

    /** One page of the log, newest first: up to {@code limit} entries before the chain position {@code before}, when given. */
    public List<AuditEntry> newestFirst(Optional<Long> before, int limit) {
        return jdbc.sql(COLUMNS + " " + """
                         WHERE (CAST(:before AS BIGINT) IS NULL OR chain_position < :before)
                         ORDER BY chain_position DESC LIMIT :limit""")
                .param("before", before.orElse(null))
                .param("limit", limit)
                .query(AuditChain::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet row, int index) throws SQLException {
        return new AuditEntry(row.getLong("chain_position"), row.getLong("audit_id"),
                row.getObject("occurred_at", OffsetDateTime.class), row.getString("actor"), row.getString("action"),
                row.getObject("submission_id", Long.class), row.getString("file_sha256"), row.getString("details"),
                row.getString("previous_hash"), row.getString("entry_hash"));
    }
}
