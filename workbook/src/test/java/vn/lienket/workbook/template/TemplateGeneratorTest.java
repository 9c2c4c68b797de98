package vn.lienket.workbook.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.TestOcopGroups;
import vn.lienket.workbook.testing.TestProvinces;

class TemplateGeneratorTest {

    private static final ProvinceId LAM_DONG = ProvinceId.parse("P34:68");
    private static final Quarter Q1_2026 = Quarter.parse("2026-Q1");

    @TempDir
    Path dir;

    private final TemplateGenerator generator =
            new TemplateGenerator(WorkbookContracts.released().latest(), new TestProvinces(), new TestOcopGroups());

    private Path generate(List<InvestmentProjectRow> previous) throws Exception {
        Path file = dir.resolve("mau-P34-68-2026-Q1.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            generator.generate(LAM_DONG, Q1_2026, previous, out);
        }
        return file;
    }

    private static void edit(Path file, Consumer<Workbook> change) throws Exception {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        change.accept(workbook);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
    }

    private static void fill(Sheet sheet, int rowIndex, Object... values) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] instanceof LocalDate d) {
                row.createCell(c).setCellValue(d);
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    private static List<String> column(Sheet lists, String name) {
        Row header = lists.getRow(0);
        int c = 0;
        while (!header.getCell(c).getStringCellValue().equals(name)) {
            c++;
        }
        List<String> values = new ArrayList<>();
        for (int r = 1; lists.getRow(r) != null && lists.getRow(r).getCell(c) != null; r++) {
            values.add(lists.getRow(r).getCell(c).getStringCellValue());
        }
        return values;
    }

    @Test
    void theTemplateHasThePrefilledCoverLockedHeadersAndDropDownsForTheQuarter() throws Exception {
        try (InputStream in = Files.newInputStream(generate(List.of())); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook).extracting(Sheet::getSheetName)
                    .containsExactly("BiaBaoCao", "DuAn", "OCOP", "SuKien", "Hướng dẫn", "DanhMuc");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("DanhMuc"))).isTrue();

            XSSFSheet cover = workbook.getSheet("BiaBaoCao");
            assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo("P34:68");
            assertThat(cover.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Lâm Đồng");
            assertThat(cover.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2026-Q1");
            assertThat(cover.getRow(6).getCell(1).getStringCellValue()).isEqualTo("v1");
            assertThat(cover.getRow(4).getCell(1).getCellStyle().getLocked()).as("preparer is for the user").isFalse();

            XSSFSheet projects = workbook.getSheet("DuAn");
            assertThat(projects.getProtect()).isTrue();
            assertThat(projects.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mã dự án *");
            assertThat(projects.getRow(0).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(projects.getColumnStyle(5).getLocked()).isFalse();
            assertThat(projects.getColumnStyle(5).getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(projects.getColumnStyle(9).getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(projects.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("DanhMuc!$C$2:$C$6", "DanhMuc!$E$2:$E$11");

            Sheet lists = workbook.getSheet("DanhMuc");
            assertThat(column(lists, "investment_status")).containsExactly("Đã hoàn thành, đi vào hoạt động",
                    "Hoàn thành một phần", "Đang triển khai", "Tạm dừng", "Đã thu hồi");
            assertThat(column(lists, "ocop_groups")).as("six groups and three sub-groups").hasSize(9).allMatch(g -> g.startsWith("OCOP148-"));
            assertThat(column(lists, "provinces")).contains("Lâm Đồng", "Gia Lai").doesNotContain("Bình Thuận", "Đắk Nông");

            DataValidation start = workbook.getSheet("SuKien").getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 3).findFirst().orElseThrow();
            assertThat(start.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.DATE);
            assertThat(start.getValidationConstraint().getFormula1()).isEqualTo("DATE(2026,1,1)");
            assertThat(start.getValidationConstraint().getFormula2()).isEqualTo("DATE(2026,3,31)");

            assertThat(workbook.getSheet("Hướng dẫn").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Đơn vị báo cáo: Lâm Đồng (P34:68) — Kỳ báo cáo: 2026-Q1");
        }
    }

    @Test
    void aTemplateFilledInTheWayADepartmentWouldIsValid() throws Exception {
        Path file = generate(List.of());
        edit(file, workbook -> {
            fill(workbook.getSheet("BiaBaoCao"), 4, null, "Trần Văn Bình");
            fill(workbook.getSheet("BiaBaoCao"), 5, null, "0263 3822 111");
            fill(workbook.getSheet("DuAn"), 1, 1, "LD-010", "Khu nghỉ dưỡng Tuyền Lâm", "Công ty CP Phú Mỹ Hưng",
                    "Du lịch", 2500, 300, 80, "Đang triển khai", LocalDate.of(2024, 5, 6), null, 25);
            fill(workbook.getSheet("OCOP"), 1, 1, "OCOP148-5 - Sinh vật cảnh", "4 sao", 12, 1, 0, 7, 1);
            fill(workbook.getSheet("SuKien"), 1, 1, "Hội nghị kết nối cung cầu nông sản", "Hội nghị kết nối cung – cầu",
                    LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6), "Lâm Đồng", "Hồ Chí Minh", "Sở Công Thương",
                    "Cấp vùng", 120, 400, 90, 12, 35.5, 3000);
        });

        Checks checks = Checks.run(file);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.result.verdict()).isEqualTo(Verdict.VALID);
        assertThat(checks.covers.get(0).templateVersion()).isEqualTo("v1");
        assertThat(checks.projects).singleElement().extracting(InvestmentProjectRow::projectCode).isEqualTo("LD-010");
        assertThat(checks.ocopCounts).singleElement().satisfies(o -> assertThat(o.groupCode()).isEqualTo("OCOP148-5"));
        assertThat(checks.events).singleElement().satisfies(e -> assertThat(e.level()).isEqualTo("regional"));
    }

    @Test
    void lastQuartersProjectsArePrefilledAndCheckAsTheyWere() throws Exception {
        List<InvestmentProjectRow> previous = List.of(
                InvestmentProjectRow.builder("DuAn", 2).set("project_code", "LD-001")
                        .set("project_name", "Khu du lịch sinh thái Đạ Sar").set("investor", "Công ty CP Du lịch Sài Gòn")
                        .set("sector", "tourism").set("registered_capital", new BigDecimal("1250.5"))
                        .set("disbursed_capital", new BigDecimal("800")).set("area_ha", new BigDecimal("120.5"))
                        .set("status", "completed_operating").set("licence_date", LocalDate.of(2019, 3, 15))
                        .set("operation_date", LocalDate.of(2021, 6, 1)).set("jobs", 350L).build(),
                InvestmentProjectRow.builder("DuAn", 3).set("project_code", "LD-002")
                        .set("project_name", "Nhà máy chế biến cà phê").set("investor", "Công ty TNHH Cà phê Phương Nam")
                        .set("sector", "agro_processing").set("registered_capital", new BigDecimal("420"))
                        .set("status", "partially_completed").set("note", "Chờ cập nhật").build());
        Path file = generate(previous);
        edit(file, workbook -> {
            fill(workbook.getSheet("BiaBaoCao"), 4, null, "Trần Văn Bình");
            fill(workbook.getSheet("BiaBaoCao"), 5, null, "0263 3822 111");
        });

        Checks checks = Checks.run(file);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.projects).extracting(p -> p.projectCode() + "|" + p.sector() + "|" + p.status() + "|"
                        + p.registeredCapital().stripTrailingZeros().toPlainString() + "|" + p.licenceDate())
                .containsExactly("LD-001|tourism|completed_operating|1250.5|2019-03-15",
                        "LD-002|agro_processing|partially_completed|420|null");
    }

    @Test
    void aProvinceOfAnotherEraIsRefused() {
        assertThatThrownBy(() -> generator.generate(ProvinceId.parse("P63:60"), Q1_2026, List.of(), OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P63:60").hasMessageContaining("P34");
    }
}
