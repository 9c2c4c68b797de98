package vn.lienket.intake.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.archive.ArchivedFile;

/** The submission registry: every file received, what it claims to be, and what became of it. */
@Repository
public class SubmissionRegistry {

    private static final String SELECT = """
            SELECT s.submission_id, p.era_code, p.code, s.quarter_key, s.status, s.received_at, s.file_sha256,
                   s.original_filename, s.uploader, s.archive_path, s.superseded_by, s.error_count, s.warning_count
            FROM submission s LEFT JOIN dim_province p ON p.province_key = s.province_key
            """;

    private final JdbcClient jdbc;

    public SubmissionRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the record of an archived file, received at {@code receivedAt} (the original time on a replay). */
    public long register(ArchivedFile file, String originalFilename, String uploader, OffsetDateTime receivedAt) {
        return jdbc.sql("""
                        INSERT INTO submission (status, file_sha256, original_filename, uploader, archive_path, received_at)
                        VALUES ('received', :sha, :name, :uploader, :path, :received) RETURNING submission_id""")
                .param("received", receivedAt)
                .param("sha", file.sha256())
                .param("name", originalFilename)
                .param("uploader", uploader)
                .param("path", file.path().toString())
                .query(Long.class).single();
    }

    public Submission get(long id) {
        return jdbc.sql(SELECT + " WHERE s.submission_id = :id").param("id", id).query(this::map).single();
    }

    /** The most recent submission of exactly these bytes, if any. */
    public Optional<Submission> latestWithHash(String sha256) {
        return jdbc.sql(SELECT + " WHERE s.file_sha256 = :sha ORDER BY s.submission_id DESC LIMIT 1")
                .param("sha", sha256).query(this::map).optional();
    }

    /**
     * Records what the cover says, which province (by its dimension key, from {@code WarehouseProvinceDirectory})
     * reports which quarter, and returns their warehouse keys.
     */
    public SubmissionKeys identify(long id, int provinceKey, Quarter quarter, String templateVersion) {
        return jdbc.sql("""
                        UPDATE submission SET province_key = :province, quarter_key = :quarter, template_version = :version
                        WHERE submission_id = :id
                        RETURNING province_key, quarter_key""")
                .param("province", provinceKey)
                .param("quarter", quarter.key()).param("version", templateVersion).param("id", id)
                .query((row, n) -> new SubmissionKeys(row.getInt(1), row.getInt(2)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No submission " + id));
    }

    /** The dimension keys of a submission's province and quarter, which its fact rows carry. */
    public record SubmissionKeys(int provinceKey, int quarterKey) {
    }

    public void recordCounts(long id, long errors, long warnings) {
        jdbc.sql("UPDATE submission SET error_count = :errors, warning_count = :warnings WHERE submission_id = :id")
                .param("errors", Math.toIntExact(Math.min(errors, Integer.MAX_VALUE)))
                .param("warnings", Math.toIntExact(Math.min(warnings, Integer.MAX_VALUE)))
                .param("id", id).update();
    }

    public void markRejected(long id) {
        jdbc.sql("UPDATE submission SET status = 'rejected' WHERE submission_id = :id AND status = 'received'")
                .param("id", id).update();
    }

    public List<Submission> list(Optional<Quarter> quarter, Optional<ProvinceId> province) {
        return jdbc.sql(SELECT + """
                         WHERE (CAST(:quarter AS INT) IS NULL OR s.quarter_key = :quarter)
                           AND (CAST(:era AS TEXT) IS NULL OR (p.era_code = :era AND p.code = :code))
                        ORDER BY s.submission_id""")
                .param("quarter", quarter.map(Quarter::key).orElse(null))
                .param("era", province.map(ProvinceId::era).orElse(null))
                .param("code", province.map(ProvinceId::code).orElse(null))
                .query(this::map).list();
    }

    private Submission map(ResultSet row, int rowNumber) throws SQLException {
        String era = row.getString("era_code");
        int quarterKey = row.getInt("quarter_key");
        boolean hasQuarter = !row.wasNull();
        long supersededBy = row.getLong("superseded_by");
        boolean superseded = !row.wasNull();
        return new Submission(
                row.getLong("submission_id"),
                era == null ? Optional.empty() : Optional.of(new ProvinceId(era, row.getString("code"))),
                hasQuarter ? Optional.of(Quarter.ofKey(quarterKey)) : Optional.empty(),
                SubmissionStatus.ofCode(row.getString("status")),
                row.getObject("received_at", OffsetDateTime.class),
                row.getString("file_sha256"),
                row.getString("original_filename"),
                row.getString("uploader"),
                row.getString("archive_path"),
                superseded ? Optional.of(supersededBy) : Optional.empty(),
                row.getInt("error_count"),
                row.getInt("warning_count"));
    }
}
