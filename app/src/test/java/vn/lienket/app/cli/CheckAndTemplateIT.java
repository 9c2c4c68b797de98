package vn.lienket.app.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class CheckAndTemplateIT {

    @TempDir
    static Path work;

    private final CliRun cli = new CliRun(TestPostgres.shared().createDatabase("check_template"), work);

    @Test
    void aValidWorkbookChecksCleanWithoutADatabaseAndNothingIsWrittenBesideItOrInTheHome() throws Exception {
        Path home = Files.createDirectories(work.resolve("home-without-warehouse"));
        Path file = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("valid")));

        CliRun.Result result = new CliRun(null, home).run("check", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("HỢP LỆ", "Đơn vị báo cáo: Lâm Đồng (P34:68), kỳ 2026-Q1", "DuAn");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        try (var left = Files.list(home)) {
            assertThat(left).as("no embedded warehouse, archive or log started for a check").isEmpty();
        }
    }

    @Test
    void aWorkbookOfAProvinceUnknownToTheReferenceDataIsRejectedWithoutADatabase() throws Exception {
        Path home = Files.createDirectories(work.resolve("home-unknown-province"));
        Path file = WorkbookFixtures.valid().cover("Tỉnh/thành phố", "P34:99")
                .writeXlsx(Files.createDirectories(work.resolve("unknown-province")));

        CliRun.Result result = new CliRun(null, home).run("check", file.toString());

        assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.out()).contains("CÓ LỖI", "P34:99");
    }

    @Test
    void errorsAreNamedByCellAndMarkedInAnAnnotatedCopy() throws Exception {
        Path file = WorkbookFixtures.valid().set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", -5)
                .writeXlsx(Files.createDirectories(work.resolve("invalid")));

        CliRun.Result result = cli.run("check", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(result.out()).contains("CÓ LỖI", "DuAn!F2", "không được âm");
        Path annotated = file.resolveSibling("workbook.kiem-tra.xlsx");
        try (InputStream in = Files.newInputStream(annotated); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheet("Lỗi")).isNotNull();
            assertThat(workbook.getSheet("DuAn").getRow(1).getCell(5).getCellComment().getString().getString())
                    .contains("không được âm");
        }

        Path jsonCopy = work.resolve("invalid").resolve("json-copy.xlsx");
        CliRun.Result json = cli.run("check", file.toString(), "--json", "--annotated", jsonCopy.toString());
        assertThat(json.out()).contains("\"schema\" : \"lienket-workbook-report/1\"", "\"cell\" : \"DuAn!F2\"")
                .doesNotContain("json-copy.xlsx");
        try (InputStream in = Files.newInputStream(jsonCopy); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheet("DuAn").getRow(1).getCell(5).getCellComment().getString().getString())
                    .as("--annotated is honoured with --json too").contains("không được âm");
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsUnreadable() throws Exception {
        Path fake = Files.writeString(work.resolve("bao-cao.xlsx"), "%PDF-1.7 not a workbook");

        CliRun.Result result = cli.run("check", fake.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(result.out()).contains("KHÔNG ĐỌC ĐƯỢC");
    }

    @Test
    void theTemplateIsForTheRightEraAndCarriesLastQuartersProjects() throws Exception {
        Path loaded = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("q1")));
        assertThat(cli.run("load", loaded.toString()).exitCode()).isZero();
        Path template = work.resolve("lam-dong-2026-q2.xlsx");

        CliRun.Result result = cli.run("template", "--province", "P34:68", "--quarter", "2026-Q2", "--out", template.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("3 dự án điền sẵn");
        try (InputStream in = Files.newInputStream(template); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheet("BiaBaoCao")).isNotNull();
            assertThat(workbook.getSheet("DuAn")).isNotNull();
        }

        CliRun.Result wrongEra = cli.run("template", "--province", "P63:60", "--quarter", "2026-Q2");
        assertThat(wrongEra.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(wrongEra.err()).as("where the province went")
                .contains("Bình Thuận (P63:60) đã sáp nhập vào Lâm Đồng từ ngày 01/07/2025", "mã P34:68");
        CliRun.Result oldCode = cli.run("template", "--province", "P34:64", "--quarter", "2026-Q2");
        assertThat(oldCode.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(oldCode.err()).as("which code the province of that old code has now")
                .contains("Mã 64 là mã của Gia Lai (P63:64)", "thuộc Gia Lai: hãy dùng mã P34:52");
    }

    @Test
    void withoutAWarehouseTheTemplateIsWrittenWithoutLastQuartersProjectsAndSaysSo() throws Exception {
        Path home = Files.createDirectories(work.resolve("home-for-template"));
        Path template = work.resolve("template-without-warehouse.xlsx");

        CliRun.Result result = new CliRun(null, home)
                .run("template", "--province", "P34:68", "--quarter", "2026-Q2", "--out", template.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Chưa có kho dữ liệu ở " + home.resolve("data").resolve("pg"), "0 dự án điền sẵn");
        try (InputStream in = Files.newInputStream(template); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheet("DuAn")).isNotNull();
        }
        assertThat(home.resolve("data").resolve("pg")).as("no empty warehouse created").doesNotExist();
    }
}
