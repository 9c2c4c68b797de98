package vn.lienket.inbox;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox's tables: what the last scan saw of waiting files (shared by all nodes, since the next
 * scan may run elsewhere) and the log of files taken out of the inbox.
 */
@Repository
public class InboxRecords {

    private final JdbcClient jdbc;

    public InboxRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, FileState> observations() {
        Map<String, FileState> seen = new LinkedHashMap<>();
        jdbc.sql("SELECT relative_path, size_bytes, modified_at FROM inbox_observation")
                .query((row, n) -> new FileState(row.getString(1), row.getLong(2), row.getTimestamp(3).toInstant()))
                .list()
                .forEach(state -> seen.put(state.relativePath(), state));
        return seen;
    }

    /** Remembers what this scan saw of the files still waiting and forgets every other file. */
    public void replaceObservations(Collection<FileState> waiting) {
        jdbc.sql("DELETE FROM inbox_observation WHERE NOT (relative_path = ANY (:paths))")
                .param("paths", waiting.stream().map(FileState::relativePath).toArray(String[]::new))
                .update();
        for (FileState file : waiting) {
            jdbc.sql("""
                            INSERT INTO inbox_observation (relative_path, size_bytes, modified_at) VALUES (:path, :size, :modified)
                            ON CONFLICT (relative_path) DO UPDATE SET size_bytes = EXCLUDED.size_bytes,
                              modified_at = EXCLUDED.modified_at, last_seen_at = now()""")
                    .param("path", file.relativePath()).param("size", file.size())
                    .param("modified", Timestamp.from(file.modifiedAt()))
                    .update();
        }
    }

    public void logMoved(MovedFile moved) {
        jdbc.sql("""
                        INSERT INTO inbox_file (relative_path, file_sha256, size_bytes, outcome, reason, submission_id,
                                                moved_to, report_path, annotated_path)
                        VALUES (:path, :sha, :size, :outcome, :reason, :submission, :movedTo, :report, :annotated)""")
                .param("path", moved.relativePath()).param("sha", moved.sha256().orElse(null)).param("size", moved.size())
                .param("outcome", moved.outcome().code()).param("reason", moved.reason())
                .param("submission", moved.submissionId().orElse(null))
                .param("movedTo", moved.movedTo().toString()).param("report", moved.report().map(Object::toString).orElse(null))
                .param("annotated", moved.annotated().map(Object::toString).orElse(null))
                .update();
    }

    /** Counts a failed attempt against a waiting file and returns how many attempts have failed. */
    public int recordFailure(FileState file, String failure) {
        return jdbc.sql("""
                        INSERT INTO inbox_observation (relative_path, size_bytes, modified_at, failed_attempts, last_failure)
                        VALUES (:path, :size, :modified, 1, :failure)
                        ON CONFLICT (relative_path) DO UPDATE SET failed_attempts = inbox_observation.failed_attempts + 1,
                          last_failure = EXCLUDED.last_failure, last_seen_at = now()
                        RETURNING failed_attempts""")
                .param("path", file.relativePath()).param("size", file.size())
                .param("modified", Timestamp.from(file.modifiedAt())).param("failure", failure)
                .query(Integer.class).single();
    }
}
