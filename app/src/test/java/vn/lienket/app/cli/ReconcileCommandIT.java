package vn.lienket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.testsupport.TestPostgres;

class ReconcileCommandIT {

    @TempDir
    Path work;

    @Test
    void aReplayReconcilesCleanAndAFactRowAlteredInProductionIsReportedWithItsLineage() throws Exception {
        TestPostgres.Database production = TestPostgres.shared().createDatabase("reconcile_production");
        TestPostgres.Database replayed = TestPostgres.shared().createDatabase("reconcile_replay");
        CliRun department = new CliRun(production, work);
        ProductionHistory.loadWithOneRejectionAndOneCorrection(department, work);
        CliRun.Result replay = department.run("replay", "--into", urlWithUser(replayed));
        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("Đã nạp lại 3 lần nhận hồ sơ", "2 được nạp, 1 bị từ chối");
        assertThat(department.run("replay", "--into", urlWithUser(replayed)).err()).contains("đã có hồ sơ");
        assertThat(department.run("replay", "--into", urlWithUser(production)).exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        CliRun auditor = new CliRun(replayed, work);
        auditor.run("report", "--quarter", "2026-Q1", "--province", "P34:68", "--out", work.resolve("out-replay").toString());

        CliRun.Result clean = department.run("reconcile", "--against", urlWithUser(replayed), "--report", work.resolve("clean").toString());

        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("Đã đối chiếu 3 hồ sơ", "Khớp hoàn toàn");
        JsonNode cleanReport = report(work.resolve("clean"));
        assertThat(cleanReport.get("matches").asBoolean()).isTrue();
        assertThat(cleanReport.get("scorecards")).isNotEmpty();
        assertThat(cleanReport.get("factGroups")).isNotEmpty();

        int alteredRow = ProductionHistory.alterOneInvestmentRow(production);
        CliRun.Result differs = department.run("reconcile", "--against", urlWithUser(replayed), "--report", work.resolve("differs").toString());

        assertThat(differs.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(differs.out()).contains("Dữ kiện fact_investment_snapshot, 2026-Q1, P34:68", "chỉ có trong kho: hồ sơ 3",
                "trang DuAn, dòng " + alteredRow, "1 khác biệt");
        JsonNode group = report(work.resolve("differs")).get("factGroups").valueStream()
                .filter(g -> !g.get("matches").asBoolean()).findFirst().orElseThrow();
        assertThat(group.get("rowsThen").asLong()).isEqualTo(group.get("rowsNow").asLong());
        assertThat(group.get("onlyInProduction")).hasSize(1);
        assertThat(group.get("onlyInProduction").get(0).get("content").asString()).contains("12345");
        assertThat(group.get("onlyInProduction").get(0).get("lineage").get("row").asInt()).isEqualTo(alteredRow);
        assertThat(group.get("onlyInReplay").get(0).get("lineage").get("row").asInt()).isEqualTo(alteredRow);
        assertThat(work.resolve("differs").resolve("reconciliation.pdf")).isNotEmptyFile();

        relabelContract(production, 1, "v9");
        CliRun.Result relabelled = department.run("reconcile", "--against", urlWithUser(replayed), "--report", work.resolve("relabelled").toString());

        assertThat(relabelled.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(relabelled.out()).contains("khi đó đã được thay thế (mẫu v9), nay đã được thay thế (mẫu v1)", "2 khác biệt");
        JsonNode relabelledSubmission = report(work.resolve("relabelled")).get("submissions").valueStream()
                .filter(s -> !s.get("matches").asBoolean()).findFirst().orElseThrow();
        assertThat(relabelledSubmission.get("contractThen").asString()).isEqualTo("v9");
        assertThat(relabelledSubmission.get("contractNow").asString()).isEqualTo("v1");

        CliRun.Result itself = department.run("reconcile", "--against", urlWithUser(production), "--report", work.resolve("self").toString());
        assertThat(itself.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    }

    /** A superuser rewrites the contract version production recorded for a submission. */
    private static void relabelContract(TestPostgres.Database database, long submissionId, String version) throws Exception {
        try (var connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE submission SET contract_version = '" + version + "' WHERE submission_id = " + submissionId);
        }
    }

    private static JsonNode report(Path directory) throws Exception {
        return JsonMapper.builder().build().readTree(directory.resolve("reconciliation.json").toFile());
    }

    private static String urlWithUser(TestPostgres.Database database) {
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "user=" + database.username();
        return database.password() == null || database.password().isEmpty() ? url : url + "&password=" + database.password();
    }
}
