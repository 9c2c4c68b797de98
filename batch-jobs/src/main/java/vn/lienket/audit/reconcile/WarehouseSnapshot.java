package vn.lienket.audit.reconcile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.intake.staging.FactPart;

/**
 * What one warehouse holds, in the terms a reconciliation compares: submissions by their bytes and time of receipt,
 * fact groups by table, quarter and province, scorecards by what they show. Surrogate ids (submission id, event key)
 * are left out of every comparison: a faithful replay may number them differently.
 */
final class WarehouseSnapshot {

    /** The fact tables and the published rows of each: rows of submissions whose status is {@code loaded}. */
    static final List<String> FACT_TABLES = FactPart.ALL.stream().map(FactPart::table).toList();

    private static final String ROW_TEXT = "(to_jsonb(f) - 'submission_id' - 'event_key')::text";

    private final JdbcClient jdbc;
    private final ReplayRange range;

    WarehouseSnapshot(JdbcClient jdbc, ReplayRange range) {
        this.jdbc = jdbc;
        this.range = range;
    }

    /** A submission as both warehouses can name it. */
    record SubmissionKey(String fileSha256, OffsetDateTime receivedAt) {
    }

    record SubmissionState(long id, String originalFilename, String status, String contractVersion) {
    }

    /** One fact table × quarter × province. */
    record FactGroup(String table, String quarter, String province) {
    }

    record FactSummary(long rows, BigDecimal checksum) {
    }

    /** One published fact row: its content (without surrogate ids) and where it came from. */
    record FactRow(String content, Lineage lineage) {
    }

    /** A scorecard as both warehouses can name it. */
    record ScorecardKey(String kind, String subject, String quarter, String view, String language) {
    }

    record ScorecardFiles(String pdfSha256, String xlsxSha256) {
    }

    Map<SubmissionKey, SubmissionState> submissions() {
        return range.bind(jdbc.sql("SELECT submission_id, file_sha256, received_at, original_filename, status, contract_version FROM submission s WHERE "
                        + range.condition("s.quarter_key", "s.province_key")), jdbc)
                .query((row, n) -> Map.entry(
                        new SubmissionKey(row.getString("file_sha256"), row.getObject("received_at", OffsetDateTime.class)
                                .withOffsetSameInstant(ZoneOffset.UTC)),
                        new SubmissionState(row.getLong("submission_id"), row.getString("original_filename"), row.getString("status"),
                                row.getString("contract_version"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<FactGroup, FactSummary> factGroups() {
        return FACT_TABLES.stream().flatMap(table -> range.bind(jdbc.sql("""
                        SELECT q.label AS quarter, p.era_code || ':' || p.code AS province, count(*) AS row_count,
                               sum(('x' || left(md5(%s), 16))::bit(64)::bigint::numeric) AS checksum
                          FROM %s f
                          JOIN submission s ON s.submission_id = f.submission_id AND s.status = :loaded
                          JOIN dim_quarter q ON q.quarter_key = f.quarter_key
                          JOIN dim_province p ON p.province_key = f.province_key
                         WHERE %s
                         GROUP BY 1, 2""".formatted(ROW_TEXT, table, range.condition("f.quarter_key", "f.province_key"))), jdbc)
                .param("loaded", SubmissionStatus.LOADED.code())
                .query((row, n) -> Map.entry(new FactGroup(table, row.getString("quarter"), row.getString("province")),
                        new FactSummary(row.getLong("row_count"), row.getBigDecimal("checksum"))))
                .list().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The published rows of one group, with their lineage. */
    List<FactRow> rows(FactGroup group) {
        return jdbc.sql("""
                        SELECT %s AS content, s.submission_id, s.original_filename, s.file_sha256, f.source_sheet, f.source_row
                          FROM %s f
                          JOIN submission s ON s.submission_id = f.submission_id AND s.status = :loaded
                          JOIN dim_quarter q ON q.quarter_key = f.quarter_key
                          JOIN dim_province p ON p.province_key = f.province_key
                         WHERE q.label = :quarter AND p.era_code || ':' || p.code = :province
                         ORDER BY f.source_sheet, f.source_row""".formatted(ROW_TEXT, group.table()))
                .param("quarter", group.quarter()).param("province", group.province())
                .param("loaded", SubmissionStatus.LOADED.code())
                .query((row, n) -> new FactRow(row.getString("content"), new Lineage(row.getLong("submission_id"),
                        row.getString("original_filename"), row.getString("file_sha256"), row.getString("source_sheet"),
                        row.getInt("source_row"))))
                .list();
    }

    /** The files of the newest recording of each scorecard. */
    Map<ScorecardKey, ScorecardFiles> scorecards() {
        return range.bind(jdbc.sql("""
                        SELECT DISTINCT ON (kind, subject_code, quarter_key, view, language)
                               kind, subject_code, q.label AS quarter, view, language, pdf_sha256, xlsx_sha256
                          FROM scorecard JOIN dim_quarter q USING (quarter_key)
                         WHERE %s
                         ORDER BY kind, subject_code, quarter_key, view, language, scorecard_id DESC""".formatted(
                        range.scorecardCondition())), jdbc)
                .query((row, n) -> Map.entry(new ScorecardKey(row.getString("kind"), row.getString("subject_code"),
                                row.getString("quarter"), row.getString("view"), row.getString("language")),
                        new ScorecardFiles(row.getString("pdf_sha256"), row.getString("xlsx_sha256"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** Names the database (server start, database oid), so that a warehouse is never reconciled with itself. */
    String identity() {
        return jdbc.sql("""
                SELECT pg_postmaster_start_time()::text || '/' || inet_server_port() || '/' || oid
                  FROM pg_database WHERE datname = current_database()""").query(String.class).single();
    }
}
