package vn.lienket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

/**
 * {@code lienket replay --into … --from … --report DIR}: an auditor replays a range of the archive and gets, in one
 * command, the reconciliation over that range as JSON and as a PDF to file; a fact row altered in production is
 * reported there with its lineage, and the exit code says so.
 */
class ReplayReportIT {

    @TempDir
    Path work;

    @Test
    void aReplayOfARangeReconcilesCleanThenReportsAFactRowAlteredInProductionWithItsLineage() throws Exception {
        TestPostgres.Database production = TestPostgres.shared().createDatabase("replay_report_production");
        CliRun department = new CliRun(production, work);
        department.run("load", WorkbookFixtures.valid().cover("Kỳ báo cáo", "2025-Q4")
                .writeXlsx(Files.createDirectories(work.resolve("earlier"))).toString());
        department.run("load", WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("v1"))).toString());
        department.run("load", WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2"))).toString());
        department.run("report", "--quarter", "2026-Q1", "--province", "P34:68", "--out", work.resolve("sent").toString());

        Path clean = work.resolve("audit-clean");
        CliRun.Result replay = department.run("replay", "--into", urlWithUser(TestPostgres.shared().createDatabase("replay_report_a")),
                "--to", "2026-Q1", "--province", "P34:68", "--report", clean.toString());

        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("Đã nạp lại 3 lần nhận hồ sơ", "Khớp hoàn toàn");
        JsonNode cleanReport = report(clean);
        assertThat(cleanReport.get("submissions")).hasSize(3);
        assertThat(cleanReport.get("scorecards")).as("the province scorecard sent, rendered again from the replay").hasSize(1)
                .allSatisfy(card -> assertThat(card.get("matches").asBoolean()).as(card.toString()).isTrue());
        assertThat(pdfText(clean)).contains("Đối chiếu kho dữ liệu", "đến quý 2026-Q1", "tỉnh P34:68", "Khớp hoàn toàn");

        int alteredRow = ProductionHistory.alterOneInvestmentRow(production);
        Path differs = work.resolve("audit-differs");
        CliRun.Result tampered = department.run("replay", "--into", urlWithUser(TestPostgres.shared().createDatabase("replay_report_b")),
                "--from", "2026-Q1", "--report", differs.toString());

        assertThat(tampered.exitCode()).as(tampered.out() + tampered.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(tampered.out()).contains("Đã nạp lại 2 lần nhận hồ sơ", "1 khác biệt");
        assertThat(report(differs).get("submissions")).as("the 2025-Q4 workbook is outside the range").hasSize(2);
        assertThat(report(differs).get("factGroups")).isNotEmpty().allSatisfy(g ->
                assertThat(g.get("quarter").asString()).isEqualTo("2026-Q1"));
        assertThat(report(differs).get("scorecards")).as("no scorecard's eight quarters lie inside 2026-Q1 onwards").isEmpty();
        JsonNode group = report(differs).get("factGroups").valueStream().filter(g -> !g.get("matches").asBoolean())
                .findFirst().orElseThrow();
        assertThat(group.get("onlyInProduction").get(0).get("lineage").get("row").asInt()).isEqualTo(alteredRow);
        assertThat(pdfText(differs)).contains("1 khác biệt", "fact_investment_snapshot · 2026-Q1 · P34:68",
                "chỉ có trong kho: hồ sơ 3", "trang DuAn, dòng " + alteredRow);

        assertThat(department.run("replay", "--from", "2026-Q1").exitCode()).as("a range needs --into")
                .isEqualTo(ExitCodes.UNUSABLE_INPUT);
    }

    private static String pdfText(Path directory) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(directory.resolve("reconciliation.pdf")))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
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
