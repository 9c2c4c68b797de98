package vn.lienket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.testsupport.TestPostgres;

/**
 * The demo's archive (nine quarters of several programmes' provinces across the 2025 merger, two rejected files, a
 * resubmission that supersedes) replayed with its lineages side by side (a province of today with the P63 units it
 * was made from), then reconciled: the same ids, statuses, published facts and scorecard bytes as production.
 */
class DemoReconcileIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void theDemoArchiveReplaysPartitionedIntoAnotherDatabaseWithTheSameIdsStatusesPublishedFactsAndScorecards() throws Exception {
        TestPostgres.Database production = TestPostgres.shared().createDatabase("demo_reconcile_production");
        TestPostgres.Database replayed = TestPostgres.shared().createDatabase("demo_reconcile_replay");
        CliRun operator = new CliRun(production, work);
        CliRun.Result demo = operator.run("demo", "--work-dir", work.resolve("demo").toString(), "--out", work.resolve("out").toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();

        CliRun.Result replay = operator.run("replay", "--into", urlWithUser(replayed), "--parallel", "3");
        assertThat(replay.out()).contains("Đã nạp lại 79 lần nhận hồ sơ", "77 được nạp, 2 bị từ chối");
        assertThat(JdbcClient.create(replayed.dataSource()).sql("""
                        SELECT (details->>'lineages')::int FROM audit_log WHERE action = 'replayed'""").query(Integer.class).single())
                .as("the provinces of today the demo's files roll up to, replayed side by side").isGreaterThan(3);
        assertThat(idsAndStatuses(replayed)).as("every submission under production's id, with its status")
                .isEqualTo(idsAndStatuses(production)).hasSize(79);
        assertThat(JdbcClient.create(replayed.dataSource()).sql("SELECT nextval(pg_get_serial_sequence('submission', 'submission_id'))")
                .query(Long.class).single()).as("the next arrival's id follows the replayed ones").isEqualTo(80L);
        CliRun.Result chain = new CliRun(replayed, work).run("audit", "verify");
        assertThat(chain.exitCode()).as("the replay's audit chain, written by lineages side by side: " + chain.out()).isZero();
        int targets = setTargetsFromTheAuditLog(production, replayed);
        assertThat(targets).as("target-set entries the demo logged").isPositive();
        CliRun auditor = new CliRun(replayed, work);
        for (List<String> render : List.of(List.of("2026-Q3", "current"), List.of("2026-Q2", "current"),
                List.of("2026-Q2", "as-submitted"))) {
            CliRun.Result report = auditor.run("report", "--quarter", render.get(0), "--view", render.get(1),
                    "--out", work.resolve("out-replay").toString());
            assertThat(report.exitCode()).as(report.err()).isZero();
        }
        CliRun.Result reconcile = operator.run("reconcile", "--against", urlWithUser(replayed), "--report", work.resolve("audit").toString());

        JsonNode report = JSON.readTree(work.resolve("audit").resolve("reconciliation.json").toFile());
        assertThat(report.get("submissions")).hasSize(79).allSatisfy(submission ->
                assertThat(submission.get("matches").asBoolean()).as(submission.toString()).isTrue());
        assertThat(report.get("factGroups")).hasSizeGreaterThan(100).allSatisfy(group ->
                assertThat(group.get("matches").asBoolean()).as(group.toString()).isTrue());
        assertThat(report.get("scorecards")).as("the demo renders 2026-Q3 and 2026-Q2 twice").hasSizeGreaterThanOrEqualTo(21)
                .allSatisfy(card -> {
                    assertThat(card.get("pdfReRendered").asString()).as(card.toString()).isEqualTo(card.get("pdfRendered").asString());
                    assertThat(card.get("xlsxReRendered").asString()).as(card.toString()).isEqualTo(card.get("xlsxRendered").asString());
                    assertThat(card.get("matches").asBoolean()).as(card.toString()).isTrue();
                });
        assertThat(reconcile.exitCode()).as(reconcile.out()).isZero();
    }

    private static List<String> idsAndStatuses(TestPostgres.Database database) {
        return JdbcClient.create(database.dataSource()).sql("""
                        SELECT submission_id || ' ' || status || ' ' || COALESCE(superseded_by::text, '-') FROM submission
                         ORDER BY submission_id""")
                .query(String.class).list();
    }

    /** What an auditor does before re-rendering: sets the targets production had, as its audit log records them. */
    private static int setTargetsFromTheAuditLog(TestPostgres.Database production, TestPostgres.Database replayed) {
        JdbcClient replay = JdbcClient.create(replayed.dataSource());
        List<String[]> changes = JdbcClient.create(production.dataSource()).sql("""
                        SELECT action, details->>'programme', details->>'kpi', details->>'year', details->>'quarter', details->>'after'
                        FROM audit_log WHERE action LIKE 'target-%' ORDER BY chain_position""")
                .query((row, index) -> new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6)})
                .list();
        for (String[] change : changes) {
            replay.sql("""
                            DELETE FROM programme_target
                            WHERE programme_key = (SELECT programme_key FROM dim_programme WHERE code = :programme)
                              AND kpi_code = :kpi AND year = :year AND COALESCE(quarter, 0) = COALESCE(CAST(:quarter AS int), 0)""")
                    .param("programme", change[1]).param("kpi", change[2]).param("year", Integer.parseInt(change[3]))
                    .param("quarter", change[4] == null ? null : Integer.valueOf(change[4]))
                    .update();
            if (!change[0].equals("target-removed")) {
                replay.sql("""
                                INSERT INTO programme_target (programme_key, kpi_code, year, quarter, target_value)
                                SELECT programme_key, :kpi, :year, CAST(:quarter AS int), :target FROM dim_programme WHERE code = :programme""")
                        .param("programme", change[1]).param("kpi", change[2]).param("year", Integer.parseInt(change[3]))
                        .param("quarter", change[4] == null ? null : Integer.valueOf(change[4]))
                        .param("target", new BigDecimal(change[5]))
                        .update();
            }
        }
        return changes.size();
    }

    private static String urlWithUser(TestPostgres.Database database) {
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "user=" + database.username();
        return database.password() == null || database.password().isEmpty() ? url : url + "&password=" + database.password();
    }
}
