package vn.lienket.intake.registry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a submission's check found and how it differs from the one it replaced (its fact counts are on {@link Submission}). */
@Repository
public class SubmissionOutcomes {

    private final JdbcClient jdbc;

    public SubmissionOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first problems of the stored validation report, errors before warnings, in sheet order. */
    public List<ProblemLine> problems(long submissionId, int limit) {
        return jdbc.sql("""
                        SELECT p->>'cell', p->>'severity', p->>'code', p->'message'->>'vi', p->'message'->>'en'
                        FROM submission_report r, jsonb_array_elements(r.report->'problems') WITH ORDINALITY AS x(p, position)
                        WHERE r.submission_id = :id
                        ORDER BY (p->>'severity') <> 'error', position
                        LIMIT :limit""")
                .param("id", submissionId).param("limit", limit)
                .query((row, n) -> new ProblemLine(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)))
                .list();
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

    public record ProblemLine(String cell, String severity, String code, String messageVi, String messageEn) {
    }

    public record DiffLine(long previousSubmissionId, String part, String rowKey, String change, String field,
                           String oldValue, String newValue) {
    }
}
