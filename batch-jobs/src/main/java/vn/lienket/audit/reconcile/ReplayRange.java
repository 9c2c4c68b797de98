package vn.lienket.audit.reconcile;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.archive.Receipt;

/**
 * The part of the history a replay and its reconciliation cover: the quarters from {@code from} to {@code to} (either
 * open) and, optionally, one province with the units it was made from (P34:68 also covers Đắk Nông and Bình Thuận of
 * the P63 era; a P63 unit covers itself). A receipt's quarter and province are those production registered it under
 * (matched by the submission id the receipt records, else by bytes and time of receipt); a file production could not
 * read has neither and is replayed only without a range.
 */
public record ReplayRange(Quarter from, Quarter to, ProvinceId province) {

    /** The province key of a recorded scorecard of the {@code scorecard} table: its subject's, NULL for a programme. */
    private static final long NANOS_PER_MICRO = 1_000;
    /** The quarters a scorecard reads (ScorecardAssembler's window). */
    private static final int SCORECARD_WINDOW = 8;

    static final String SCORECARD_PROVINCE = "(SELECT d.province_key FROM dim_province d WHERE kind = 'province'"
            + " AND d.era_code || ':' || d.code = subject_code)";

    public static ReplayRange all() {
        return new ReplayRange(null, null, null);
    }

    /** As the audit log records it: {@code 2024-Q3..2026-Q2 P34:68}, {@code *} for an open end, {@code all}. */
    @Override
    public String toString() {
        if (isAll()) {
            return "all";
        }
        return (from == null ? "*" : from.toString()) + ".." + (to == null ? "*" : to.toString())
                + (province == null ? "" : " " + province);
    }

    public boolean isAll() {
        return from == null && to == null && province == null;
    }

    int fromKey() {
        return from == null ? Integer.MIN_VALUE : from.key();
    }

    /** The first quarter whose scorecard's window starts inside the range: seven quarters after {@code from}. */
    int scorecardFromKey() {
        if (from == null) {
            return Integer.MIN_VALUE;
        }
        Quarter first = from;
        for (int i = 1; i < SCORECARD_WINDOW; i++) {
            first = first.next();
        }
        return first.key();
    }

    int toKey() {
        return to == null ? Integer.MAX_VALUE : to.key();
    }

    /** The province keys the range covers in the warehouse {@code jdbc} reads; empty when it names no province. */
    List<Integer> provinceKeys(JdbcClient jdbc) {
        if (province == null) {
            return List.of();
        }
        List<Integer> keys = jdbc.sql("""
                        SELECT r.province_key FROM v_province_rollup r
                          JOIN dim_province g ON g.era_code = :era AND g.code = :code
                         WHERE r.province_key = g.province_key OR r.current_province_key = g.province_key""")
                .param("era", province.era()).param("code", province.code()).query(Integer.class).list();
        return keys.isEmpty() ? List.of(-1) : keys;
    }

    /**
     * The receipts of the range, in their order: those whose arrival (same bytes, same time) production registered
     * under a quarter and province the range covers. Every receipt when the range is {@link #all()}.
     */
    public List<Receipt> select(List<Receipt> receipts, DataSource production) {
        if (isAll()) {
            return receipts;
        }
        JdbcClient jdbc = JdbcClient.create(production);
        Set<String> covered = new HashSet<>();
        bind(jdbc.sql("SELECT submission_id, file_sha256, received_at FROM submission s WHERE "
                        + condition("s.quarter_key", "s.province_key")), jdbc)
                .query((row, n) -> covered.addAll(registeredArrival(row.getLong(1), row.getString(2),
                        row.getObject(3, OffsetDateTime.class).toInstant())))
                .list();
        return receipts.stream().filter(receipt -> covered.contains(registeredArrival(receipt))).toList();
    }

    /**
     * How a receipt names the arrival production registered: by the submission id it records, else (a receipt written
     * before the id was recorded) by its bytes and time of receipt.
     */
    public static String registeredArrival(Receipt receipt) {
        return receipt.submissionId() != null ? receipt.submissionId() + ":" + receipt.sha256()
                : arrival(receipt.sha256(), receipt.receivedAt().toInstant());
    }

    /** The names {@link #registeredArrival(Receipt)} may give to production's submission {@code id}. */
    public static List<String> registeredArrival(long id, String sha256, Instant receivedAt) {
        return List.of(id + ":" + sha256, arrival(sha256, receivedAt));
    }

    /**
     * The SQL condition on the {@code scorecard} table: the province scorecards of the range's province (or every
     * scorecard without one) whose whole eight-quarter window lies in the range, the only ones a replay of the range
     * can render again byte for byte.
     */
    String scorecardCondition() {
        if (isAll()) {
            return "TRUE";
        }
        return "quarter_key BETWEEN :rangeScorecardFrom AND :rangeTo"
                + (province == null ? "" : " AND " + SCORECARD_PROVINCE + " IN (:rangeProvinces)");
    }

    /** The SQL condition "in the range" on a quarter key and a province key column, for {@link #bind}. */
    String condition(String quarterColumn, String provinceColumn) {
        if (isAll()) {
            return "TRUE";
        }
        return quarterColumn + " BETWEEN :rangeFrom AND :rangeTo"
                + (province == null ? "" : " AND " + provinceColumn + " IN (:rangeProvinces)");
    }

    /** Binds the parameters of {@link #condition}, resolving the province in the warehouse {@code jdbc} reads. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, JdbcClient jdbc) {
        if (isAll()) {
            return statement;
        }
        statement.param("rangeFrom", fromKey()).param("rangeTo", toKey()).param("rangeScorecardFrom", scorecardFromKey());
        return province == null ? statement : statement.param("rangeProvinces", provinceKeys(jdbc));
    }

    /** An arrival as both sides can name it: the bytes and the time, rounded to the microsecond as PostgreSQL keeps it. */
    private static String arrival(String sha256, Instant receivedAt) {
        return sha256 + "@" + receivedAt.plusNanos(NANOS_PER_MICRO / 2).truncatedTo(ChronoUnit.MICROS);
    }
}
