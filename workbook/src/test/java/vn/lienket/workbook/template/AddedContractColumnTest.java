package vn.lienket.workbook.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.CheckContext;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.WorkbookChecker;
import vn.lienket.workbook.WorkbookLimits;
import vn.lienket.workbook.contract.ContractLoader;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.reference.PreviousQuarterFigures;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.RowSink;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.TestOcopGroups;
import vn.lienket.workbook.testing.TestProvinces;
import vn.lienket.workbook.write.SubmissionWorkbookWriter;

/**
 * Issue #16's measure: adding a column to the investment sheet is a change to the contract, not to the
 * code that writes and reads the sheet. A copy of the contract with a hypothetical "Vốn FDI" column
 * goes through the template, a department's filled-in copy, the check and the submission writer, none
 * of which names the column.
 */
class AddedContractColumnTest {

    private static final ProvinceId LAM_DONG = ProvinceId.parse("P34:68");
    private static final Quarter Q1_2026 = Quarter.parse("2026-Q1");
    private static final String FDI_COLUMN = """
                  - {field: fdi_capital, vi: "Vốn FDI (tỷ đồng)", en: "FDI capital (billion VND)", type: decimal, min: 0,
                     max: 999999999999, summable: true, synonyms: [Vốn FDI, Vốn nước ngoài]}
            """;

    @TempDir
    Path dir;

    @Test
    void aColumnAddedToTheContractIsPrefilledInTheTemplateCheckedAndWrittenBack() throws Exception {
        WorkbookContract contract = contractWithFdiColumn();
        InvestmentProjectRow lastQuarter = InvestmentProjectRow.builder().set("project_code", "LD-001")
                .set("project_name", "Khu du lịch sinh thái Đạ Sar").set("investor", "Công ty CP Du lịch Sài Gòn")
                .set("sector", "tourism").set("registered_capital", new BigDecimal("1250.5"))
                .set("status", "completed_operating").set("licence_date", LocalDate.of(2019, 3, 15))
                .set("fdi_capital", new BigDecimal("300.25")).build();

        Path template = dir.resolve("mau.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            new TemplateGenerator(contract, new TestProvinces(), new TestOcopGroups())
                    .generate(LAM_DONG, Q1_2026, List.of(lastQuarter), out);
        }
        fillCover(template);

        List<InvestmentProjectRow> checked = check(contract, template);
        assertThat(checked).singleElement().satisfies(project -> {
            assertThat(project.projectCode()).isEqualTo("LD-001");
            assertThat((BigDecimal) project.value("fdi_capital")).isEqualByComparingTo("300.25");
        });

        Path written = dir.resolve("nop.xlsx");
        try (OutputStream out = Files.newOutputStream(written);
             SubmissionWorkbookWriter writer = new SubmissionWorkbookWriter(contract, out)) {
            writer.cover(new CoverInfo(LAM_DONG, "Lâm Đồng", Q1_2026, "Trần Văn Bình", "0263 3822 111", "v1"));
            writer.investmentProject(checked.get(0).with("fdi_capital", new BigDecimal("410")));
        }
        assertThat(check(contract, written)).singleElement()
                .satisfies(project -> assertThat((BigDecimal) project.value("fdi_capital")).isEqualByComparingTo("410"));
    }

    @Test
    void theTemplateShowsTheAddedColumnsHeaderAfterJobs() throws Exception {
        Path template = dir.resolve("mau.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            new TemplateGenerator(contractWithFdiColumn(), new TestProvinces(), new TestOcopGroups())
                    .generate(LAM_DONG, Q1_2026, List.of(), out);
        }
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row header = workbook.getSheet("DuAn").getRow(0);
            assertThat(header.getCell(11).getStringCellValue()).startsWith("Số lao động");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Vốn FDI (tỷ đồng)");
            assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Ghi chú");
        }
    }

    private static WorkbookContract contractWithFdiColumn() throws Exception {
        String yaml;
        try (InputStream in = ContractLoader.class.getClassLoader().getResourceAsStream(
                WorkbookContracts.resourceOf(WorkbookContracts.released().latest().version()))) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String note = "      - {field: note, vi: \"Ghi chú\"";
        assertThat(yaml).contains(note);
        String withFdi = yaml.replace(note, FDI_COLUMN + note);
        return ContractLoader.load(new ByteArrayInputStream(withFdi.getBytes(StandardCharsets.UTF_8)), "copy with Vốn FDI");
    }

    private static List<InvestmentProjectRow> check(WorkbookContract contract, Path file) {
        List<InvestmentProjectRow> projects = new ArrayList<>();
        CheckContext context = new CheckContext(new TestProvinces(), new TestOcopGroups(), PreviousQuarterFigures.none(),
                Checks.TODAY, WorkbookLimits.DEFAULTS);
        CheckResult result = new WorkbookChecker(contract).check(file, context, new RowSink() {
            @Override
            public void investmentProject(InvestmentProjectRow row) {
                projects.add(row);
            }
        });
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.VALID);
        return projects;
    }

    private static void fillCover(Path file) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        XSSFSheet cover = workbook.getSheet("BiaBaoCao");
        cover.getRow(4).createCell(1).setCellValue("Trần Văn Bình");
        cover.getRow(5).createCell(1).setCellValue("0263 3822 111");
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
