package vn.lienket.intake.registry;

import vn.lienket.domain.SubmissionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.intake.archive.ArchivedFile;

/**
 * The submission registry: every file received, what it claims to be, and what became of it. Every
 * statement on {@code submission} and every change of its status is here.
 */
@Repository
public class SubmissionRegistry {

    private static final String SELECT = """
            SELECT s.submission_id, p.era_code, p.code, s.quarter_key, s.status, s.received_at, s.file_sha256,
                   s.original_filename, s.uploader, s.archive_path, s.superseded_by, s.error_count, s.warning_count,
                   s.province_scope, s.supersede_reason, s.investment_projects, s.ocop_counts, s.promotion_events,
                   s.contract_version
            FROM submission s LEFT JOIN dim_province p ON p.province_key = s.province_key
            """;

    private final JdbcClient jdbc;

    public SubmissionRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the record of an archived file, received at {@code receivedAt} (the original time on a replay)
     * through a door accepting {@code scope}, to be checked and loaded under workbook contract {@code contractVersion},
     * under the next id, or under {@code recordedId} when a replay reproduces the id production registered this arrival
     * under (replays of several provinces run at the same time, so the order of their registrations no longer gives the
     * ids; see {@link #continueIdsAfterRecorded}).
     */
    public long register(ArchivedFile file, String originalFilename, String uploader, OffsetDateTime receivedAt,
                         ProvinceScope scope, String contractVersion, Long recordedId) {
        return jdbc.sql("""
                        INSERT INTO submission (submission_id, status, file_sha256, original_filename, uploader, archive_path,
                                                received_at, province_scope, contract_version)
                        VALUES (COALESCE(CAST(:recordedId AS bigint), nextval(pg_get_serial_sequence('submission', 'submission_id'))),
                                :status, :sha, :name, :uploader, :path, :received, :scope, :contract)
                        RETURNING submission_id""")
                .param("recordedId", recordedId)
                .param("status", SubmissionStatus.RECEIVED.code())
                .param("received", receivedAt)
                .param("sha", file.sha256())
                .param("name", originalFilename)
                .param("uploader", uploader)
                .param("path", file.path().toString())
                .param("scope", scope.code())
                .param("contract", contractVersion)
                .query(Long.class).single();
    }

    /**
     * After a replay that registered recorded ids: the next arrival gets the id after the highest one registered,
     * as it would in production.
     */
    public void continueIdsAfterRecorded() {
        jdbc.sql("""
                        SELECT setval(pg_get_serial_sequence('submission', 'submission_id'), max(submission_id))
                          FROM submission HAVING max(submission_id) IS NOT NULL""")
                .query(Long.class).optional();
    }

    public Submission get(long id) {
        return jdbc.sql(SELECT + " WHERE s.submission_id = :id").param("id", id).query(this::map).single();
    }

    /** The submission with this id, empty when there is none (an id typed into a URL). */
    public Optional<Submission> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.submission_id = :id").param("id", id).query(this::map).optional();
    }

    /** The most recent submission of exactly these bytes, if any. */
    public Optional<Submission> latestWithHash(String sha256) {
        return jdbc.sql(SELECT + " WHERE s.file_sha256 = :sha ORDER BY s.submission_id DESC LIMIT 1")
                .param("sha", sha256).query(this::map).optional();
    }

    /**
     * The decided submission of exactly these bytes received at exactly that time through a door of that
     * scope: that arrival, already recorded (a replay run twice).
     */
    public Optional<Submission> decidedArrival(String sha256, OffsetDateTime receivedAt, ProvinceScope scope) {
        return jdbc.sql(SELECT + """
                         WHERE s.file_sha256 = :sha AND s.received_at = :received AND s.province_scope = :scope
                           AND s.status <> :receivedStatus
                        ORDER BY s.submission_id DESC LIMIT 1""")
                .param("sha", sha256).param("received", receivedAt).param("scope", scope.code())
                .param("receivedStatus", SubmissionStatus.RECEIVED.code())
                .query(this::map).optional();
    }

    /** How many submissions of these bytes have their verdict: each later sending of them is a new load. */
    public int decidedWithHash(String sha256) {
        return jdbc.sql("SELECT count(*) FROM submission WHERE file_sha256 = :sha AND status <> :received")
                .param("sha", sha256).param("received", SubmissionStatus.RECEIVED.code())
                .query(Integer.class).single();
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

    /** Records the fact rows a submission staged (none for a rejected one). */
    public void recordFacts(long id, FactCounts facts) {
        jdbc.sql("""
                        UPDATE submission SET investment_projects = :investment, ocop_counts = :ocop, promotion_events = :events
                        WHERE submission_id = :id""")
                .param("investment", facts.investmentProjects()).param("ocop", facts.ocopCounts())
                .param("events", facts.promotionEvents()).param("id", id).update();
    }

    public void markRejected(long id) {
        transition(id, SubmissionStatus.RECEIVED, SubmissionStatus.REJECTED);
    }

    /**
     * The current submission of a province and quarter, locked until the caller's transaction ends, with
     * when it was received.
     */
    public Optional<Current> lockCurrent(int provinceKey, int quarterKey) {
        return jdbc.sql("""
                        SELECT submission_id, received_at FROM submission
                        WHERE province_key = :province AND quarter_key = :quarter AND status = :loaded FOR UPDATE""")
                .param("province", provinceKey).param("quarter", quarterKey)
                .param("loaded", SubmissionStatus.LOADED.code())
                .query((row, n) -> new Current(row.getLong(1), row.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    /** The current submission of a province and quarter and the time it was received. */
    public record Current(long id, OffsetDateTime receivedAt) {
    }

    /**
     * The province's latest loaded submission of a quarter before {@code quarterKey} (the quarter before, or an earlier
     * one when that one is missing), with the number of investment projects it recorded (0 when a warehouse older than
     * those counts has none).
     */
    public Optional<LoadedBefore> latestLoadedBefore(int provinceKey, int quarterKey) {
        return jdbc.sql("""
                        SELECT submission_id, investment_projects FROM submission
                        WHERE province_key = :province AND quarter_key < :quarter AND status = :loaded
                        ORDER BY quarter_key DESC LIMIT 1""")
                .param("province", provinceKey).param("quarter", quarterKey)
                .param("loaded", SubmissionStatus.LOADED.code())
                .query((row, n) -> new LoadedBefore(row.getLong(1), row.getLong(2)))
                .optional();
    }

    /** A loaded submission and the number of investment projects it recorded. */
    public record LoadedBefore(long id, long investmentProjects) {
    }

    /** A staged submission becomes the current one of its province and quarter. */
    public void markLoaded(long id) {
        int loaded = jdbc.sql("""
                        UPDATE submission SET status = :loaded, loaded_at = now() WHERE submission_id = :id AND status = :received""")
                .param("loaded", SubmissionStatus.LOADED.code()).param("received", SubmissionStatus.RECEIVED.code())
                .param("id", id).update();
        requireOne(loaded, id, SubmissionStatus.RECEIVED);
    }

    /**
     * {@code id} stops being current (or, received before the current one, never becomes current):
     * {@code current} is the submission of its province and quarter that stands, for {@code reason}.
     */
    public void markSuperseded(long id, long current, SupersedeReason reason) {
        int superseded = jdbc.sql("""
                        UPDATE submission SET status = :superseded, superseded_by = :current, supersede_reason = :reason
                        WHERE submission_id = :id AND status IN (:loaded, :received)""")
                .param("superseded", SubmissionStatus.SUPERSEDED.code()).param("current", current)
                .param("reason", reason.code()).param("id", id)
                .param("loaded", SubmissionStatus.LOADED.code()).param("received", SubmissionStatus.RECEIVED.code())
                .update();
        requireOne(superseded, id, SubmissionStatus.LOADED);
    }

    private void transition(long id, SubmissionStatus from, SubmissionStatus to) {
        jdbc.sql("UPDATE submission SET status = :to WHERE submission_id = :id AND status = :from")
                .param("to", to.code()).param("from", from.code()).param("id", id).update();
    }

    private static void requireOne(int updated, long id, SubmissionStatus expected) {
        if (updated != 1) {
            throw new IllegalStateException("Submission " + id + " is no longer " + expected.code());
        }
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
        String supersedeReason = row.getString("supersede_reason");
        long investment = row.getLong("investment_projects");
        boolean counted = !row.wasNull();
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
                row.getInt("warning_count"),
                ProvinceScope.ofCode(row.getString("province_scope")),
                Optional.ofNullable(supersedeReason).map(SupersedeReason::ofCode),
                counted ? Optional.of(new FactCounts(investment, row.getLong("ocop_counts"), row.getLong("promotion_events")))
                        : Optional.empty(),
                row.getString("contract_version"));
    }
}
