package vn.lienket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.testsupport.TestPostgres;

class DemoReconcileIT {

    @TempDir
    Path work;

    @Test
    void theDemoArchiveReplaysIntoAnotherDatabaseWithTheSameStatusesAndTheSamePublishedFacts() throws Exception {
        TestPostgres.Database production = TestPostgres.shared().createDatabase("demo_reconcile_production");
        TestPostgres.Database replayed = TestPostgres.shared().createDatabase("demo_reconcile_replay");
        CliRun operator = new CliRun(production, work);
        CliRun.Result demo = operator.run("demo", "--work-dir", work.resolve("demo").toString(), "--out", work.resolve("out").toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();

        CliRun.Result replay = operator.run("replay", "--into", urlWithUser(replayed));
        operator.run("reconcile", "--against", urlWithUser(replayed), "--report", work.resolve("audit").toString());

        assertThat(replay.out()).contains("Đã nạp lại 79 lần nhận hồ sơ", "77 được nạp, 2 bị từ chối");
        JsonNode report = JsonMapper.builder().build().readTree(work.resolve("audit").resolve("reconciliation.json").toFile());
        assertThat(report.get("submissions")).hasSize(79).allSatisfy(submission ->
                assertThat(submission.get("matches").asBoolean()).as(submission.toString()).isTrue());
        assertThat(report.get("factGroups")).hasSizeGreaterThan(100).allSatisfy(group ->
                assertThat(group.get("matches").asBoolean()).as(group.toString()).isTrue());
    }

    private static String urlWithUser(TestPostgres.Database database) {
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "user=" + database.username();
        return database.password() == null || database.password().isEmpty() ? url : url + "&password=" + database.password();
    }
}
