package vn.lienket.intake.registry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How a submission differs from the one it replaced (what its check found: {@link SubmissionReports}; its fact counts: {@link Submission}). */
@Repository
public class SubmissionOutcomes {

    private final JdbcClient jdbc;

    public SubmissionOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The recorded difference between a submission and the one it superseded, empty for a first submission. */
    public List<DiffLine> diff(long submissionId) {
        return jdbc.sql("""
                        SELECT previous_submission_id, part, row_key, change, field, old_value, new_value
                        FROM submission_diff WHERE submission_id = :id
                        ORDER BY CASE part WHEN 'investment' THEN 1 WHEN 'ocop' THEN 2 ELSE 3 END, row_key, field NULLS FIRST""")
                .param("id", submissionId)
                .query((row, n) -> new DiffLine(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7)))
                .list();
    }

    public record DiffLine(long previousSubmissionId, String part, String rowKey, String change, String field,
                           String oldValue, String newValue) {
    }
}
