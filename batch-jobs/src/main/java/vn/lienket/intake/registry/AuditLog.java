package vn.lienket.intake.registry;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Appends to the audit log (the table refuses updates and deletes): who did what, to which file. */
@Repository
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, Long submissionId, String fileSha256, Map<String, ?> details) {
        jdbc.sql("""
                        INSERT INTO audit_log (actor, action, submission_id, file_sha256, details)
                        VALUES (:actor, :action, :submission, :sha, CAST(:details AS JSONB))""")
                .param("actor", actor)
                .param("action", action)
                .param("submission", submissionId)
                .param("sha", fileSha256)
                .param("details", JSON.writeValueAsString(details))
                .update();
    }

    /**
     * Names the person behind the changes of the current transaction (the portal account, or the operating-system
     * user of the command line) for the audit triggers that log configuration and accounts: they write it as
     * {@code by}. Call it inside the transaction that makes the change; it ends with that transaction.
     */
    public void actAs(String person) {
        jdbc.sql("SELECT set_config('lienket.actor', ?, true)").param(person).query(String.class).single();
    }
}
