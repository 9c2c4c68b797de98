package vn.lienket.render;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.SubjectKind;
import vn.lienket.scorecard.data.ScorecardSubject;

/**
 * The {@code scorecard} table: one row per file pair written. Write-once in the database too (triggers refuse
 * UPDATE and DELETE); recording a file already recorded with the same digest is a no-op.
 */
@Repository
public class ScorecardRegistry {

    private static final String COLUMNS = """
            scorecard_id, kind, subject_code, subject_name, quarter_key, view, language, pdf_path, pdf_sha256,
            xlsx_path, xlsx_sha256, data_as_of, included_submission_ids""";

    private final JdbcClient jdbc;

    public ScorecardRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the pair unless its PDF path is recorded already (then with the same digest: the files are write-once). */
    public ScorecardRecord record(ScorecardRecord scorecard) {
        Optional<ScorecardRecord> existing = byPdfPath(scorecard.pdf());
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = jdbc.sql("""
                        INSERT INTO scorecard (kind, subject_code, subject_name, quarter_key, view, language, pdf_path, pdf_sha256,
                                               xlsx_path, xlsx_sha256, data_as_of, included_submission_ids)
                        VALUES (:kind, :code, :name, :quarter, :view, :language, :pdf, :pdfSha, :xlsx, :xlsxSha, :asOf,
                                string_to_array(:included, ',')::BIGINT[])
                        RETURNING scorecard_id""")
                .param("kind", code(scorecard.kind())).param("code", scorecard.subjectCode())
                .param("name", scorecard.subjectName()).param("quarter", scorecard.quarter().key())
                .param("view", code(scorecard.view())).param("language", code(scorecard.language()))
                .param("pdf", scorecard.pdf().toString()).param("pdfSha", scorecard.pdfSha256())
                .param("xlsx", scorecard.xlsx().toString()).param("xlsxSha", scorecard.xlsxSha256())
                .param("asOf", OffsetDateTime.ofInstant(scorecard.dataAsOf(), ZoneOffset.UTC))
                .param("included", String.join(",", scorecard.includedSubmissionIds().stream().map(String::valueOf).toList()))
                .query(Long.class).single();
        return byId(id);
    }

    /** The newest pair of the subject for the quarter, view and language written under {@code outputDir}. */
    public Optional<ScorecardRecord> latest(ScorecardSubject subject, Quarter quarter, ScorecardView view,
                                            ReportLanguage language, Path outputDir) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM scorecard
                        WHERE kind = :kind AND subject_code = :code AND quarter_key = :quarter AND view = :view
                          AND language = :language AND starts_with(pdf_path, :dir)
                        ORDER BY scorecard_id DESC LIMIT 1""")
                .param("kind", code(subject.kind())).param("code", subject.code()).param("quarter", quarter.key())
                .param("view", code(view)).param("language", code(language))
                .param("dir", outputDir.toString())
                .query(ScorecardRegistry::map).optional();
    }

    /** Every pair written for the quarter in the view, newest first (the portal's shelf of scorecards). */
    public List<ScorecardRecord> list(Quarter quarter, ScorecardView view) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scorecard WHERE quarter_key = :quarter AND view = :view ORDER BY scorecard_id DESC")
                .param("quarter", quarter.key()).param("view", code(view))
                .query(ScorecardRegistry::map).list();
    }

    /** The pair recorded under this id, if any. */
    public Optional<ScorecardRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scorecard WHERE scorecard_id = :id")
                .param("id", id).query(ScorecardRegistry::map).optional();
    }

    private Optional<ScorecardRecord> byPdfPath(Path pdf) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scorecard WHERE pdf_path = :pdf")
                .param("pdf", pdf.toString()).query(ScorecardRegistry::map).optional();
    }

    private ScorecardRecord byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scorecard WHERE scorecard_id = :id")
                .param("id", id).query(ScorecardRegistry::map).single();
    }

    private static ScorecardRecord map(ResultSet row, int n) throws SQLException {
        Array included = row.getArray("included_submission_ids");
        List<Long> ids = Arrays.stream((Long[]) included.getArray()).toList();
        return new ScorecardRecord(row.getLong("scorecard_id"),
                SubjectKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)), row.getString("subject_code"),
                row.getString("subject_name"), Quarter.ofKey(row.getInt("quarter_key")),
                ScorecardView.valueOf(row.getString("view").toUpperCase(Locale.ROOT)),
                ReportLanguage.valueOf(row.getString("language").toUpperCase(Locale.ROOT)),
                Path.of(row.getString("pdf_path")), row.getString("pdf_sha256"),
                Path.of(row.getString("xlsx_path")), row.getString("xlsx_sha256"),
                row.getObject("data_as_of", OffsetDateTime.class).toInstant(), ids);
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
