package vn.lienket.intake.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienket.workbook.report.Verdict;

/** The stored validation report of each checked submission: the JSON its sender receives. */
@Repository
public class SubmissionReports {

    private final JdbcClient jdbc;

    public SubmissionReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the report of a check; a restarted load's check replaces the one it started over from. */
    public void store(long submissionId, Verdict verdict, String reportJson) {
        jdbc.sql("""
                        INSERT INTO submission_report (submission_id, verdict, report) VALUES (:id, :verdict, CAST(:report AS JSONB))
                        ON CONFLICT (submission_id) DO UPDATE SET verdict = EXCLUDED.verdict, report = EXCLUDED.report""")
                .param("id", submissionId).param("verdict", verdict.name()).param("report", reportJson)
                .update();
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

    public Optional<String> find(long submissionId) {
        return jdbc.sql("SELECT report::text FROM submission_report WHERE submission_id = :id")
                .param("id", submissionId).query(String.class).optional();
    }

    public record ProblemLine(String cell, String severity, String code, String messageVi, String messageEn) {
    }
}
