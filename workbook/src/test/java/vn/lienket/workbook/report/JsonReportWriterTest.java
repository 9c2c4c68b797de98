package vn.lienket.workbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;

class JsonReportWriterTest {

    @TempDir
    Path dir;

    private final JsonMapper mapper = JsonMapper.builder().build();

    private JsonNode json(Checks checks) {
        return mapper.readTree(new JsonReportWriter().toJson(checks.result.report(), checks.result.cover()));
    }

    @Test
    void theReportCarriesVerdictCoverCountsAndEveryProblemWithBothMessages() {
        JsonNode report = json(Checks.run(WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", -5).writeXlsx(dir)));

        assertThat(report.get("schema").asString()).isEqualTo("lienket-workbook-report/1");
        assertThat(report.get("contractVersion").asString()).isEqualTo("v1");
        assertThat(report.get("verdict").asString()).isEqualTo("invalid");
        assertThat(report.get("exitCode").asInt()).isEqualTo(1);
        assertThat(report.get("unreadable").isNull()).isTrue();
        assertThat(report.get("cover").get("province").asString()).isEqualTo("P34:68");
        assertThat(report.get("cover").get("quarter").asString()).isEqualTo("2026-Q1");
        assertThat(report.get("totals").get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("totals").get("factRows").asInt()).isEqualTo(5);
        assertThat(report.get("sheets").get(1).get("sheet").asString()).isEqualTo("DuAn");
        assertThat(report.get("sheets").get(1).get("rejectedRows").asInt()).isEqualTo(1);
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("cell").asString()).isEqualTo("DuAn!F3");
        assertThat(problem.get("code").asString()).isEqualTo("INV_CAPITAL_NEGATIVE");
        assertThat(problem.get("severity").asString()).isEqualTo("error");
        assertThat(problem.get("value").asString()).isEqualTo("-5");
        assertThat(problem.get("message").get("vi").asString()).contains("không được âm");
        assertThat(problem.get("message").get("en").asString()).contains("must not be negative");
        assertThat(List.copyOf(report.propertyNames())).containsExactly("schema", "contractVersion", "file", "verdict",
                "exitCode", "unreadable", "cover", "numberConvention", "totals", "sheets", "problemsTruncated", "problemCounts", "problems");
        assertThat(report.get("problemCounts").get("INV_CAPITAL_NEGATIVE").asInt()).isEqualTo(1);
    }

    @Test
    void anUnreadableFileSaysWhy() throws Exception {
        JsonNode report = json(Checks.run(Files.writeString(dir.resolve("baocao.xlsx"), "không phải Excel")));

        assertThat(report.get("verdict").asString()).isEqualTo("unreadable");
        assertThat(report.get("exitCode").asInt()).isEqualTo(2);
        assertThat(report.get("unreadable").get("reason").asString()).isEqualTo("NOT_EXCEL");
        assertThat(report.get("problems").get(0).get("code").asString()).isEqualTo("FILE_UNREADABLE_NOT_EXCEL");
        assertThat(report.get("sheets").isEmpty()).isTrue();
        assertThat(report.get("totals").get("errors").asInt()).isEqualTo(1);
    }
}
