package vn.lienket.workbook.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;

class AnnotatedWorkbookWriterTest {

    @TempDir
    Path dir;

    private WorkbookFixtures broken() {
        return WorkbookFixtures.valid()
                .set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", -5)
                .set("DuAn", 4, "Nhà đầu tư", null)
                .set("DuAn", 2, "Vốn đã thực hiện (tỷ đồng)", 2000);
    }

    private Path annotate(Path original, AnnotatedWorkbookWriter writer, AnnotatedCopy.Mode expectedMode) throws Exception {
        Checks checks = Checks.run(original);
        Path copy = dir.resolve("annotated");
        try (OutputStream out = Files.newOutputStream(copy)) {
            AnnotatedCopy written = writer.write(original, checks.result.report(), out);
            assertThat(written.mode()).isEqualTo(expectedMode);
        }
        return copy;
    }

    private static Cell cell(Workbook workbook, String reference) {
        CellReference ref = new CellReference(reference);
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static void assertAnnotated(Workbook workbook) {
        Sheet summary = workbook.getSheetAt(0);
        assertThat(summary.getSheetName()).isEqualTo("Lỗi");
        assertThat(workbook.getActiveSheetIndex()).isZero();
        assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("2 lỗi, 1 cảnh báo");
        assertThat(summary.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Nội dung");
        Row first = summary.getRow(3);
        assertThat(first.getCell(3).getStringCellValue()).isEqualTo("DuAn!G2");
        assertThat(first.getCell(3).getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
        assertThat(first.getCell(3).getHyperlink().getAddress()).isEqualTo("DuAn!G2");
        assertThat(first.getCell(4).getStringCellValue()).isEqualTo("INV_DISBURSED_EXCEEDS_REGISTERED");
        assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Cảnh báo");
        assertThat(summary.getRow(5).getCell(5).getStringCellValue()).isEqualTo("Cột \"Nhà đầu tư\" bắt buộc phải nhập.");
        assertThat(summary.getRow(5).getCell(3).getHyperlink().getAddress()).isEqualTo("DuAn!D4");

        Cell negative = cell(workbook, "DuAn!F3");
        assertThat(negative.getNumericCellValue()).isEqualTo(-5);
        assertThat(negative.getCellComment().getString().getString())
                .isEqualTo("[INV_CAPITAL_NEGATIVE] Vốn ở cột \"Vốn đăng ký (tỷ đồng)\" không được âm (đang ghi -5).");
        assertThat(negative.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
        Cell missing = cell(workbook, "DuAn!D4");
        assertThat(missing.getCellComment().getString().getString()).contains("bắt buộc phải nhập");
        assertThat(cell(workbook, "DuAn!G2").getCellStyle().getFillForegroundColor())
                .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
        assertThat(cell(workbook, "DuAn!B2").getCellComment()).isNull();
    }

    @Test
    void aSmallXlsxIsAnnotatedInPlaceKeepingItsFormats() throws Exception {
        Path copy = annotate(broken().writeXlsx(dir), new AnnotatedWorkbookWriter(), AnnotatedCopy.Mode.IN_PLACE);

        try (InputStream in = Files.newInputStream(copy); Workbook workbook = WorkbookFactory.create(in)) {
            assertAnnotated(workbook);
            assertThat(cell(workbook, "DuAn!J2").getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void aLargeXlsxIsCopiedAsAStreamWithTheSameMarks() throws Exception {
        Path copy = annotate(broken().writeXlsx(dir), new AnnotatedWorkbookWriter(0), AnnotatedCopy.Mode.STREAMED);

        try (InputStream in = Files.newInputStream(copy); Workbook workbook = WorkbookFactory.create(in)) {
            assertAnnotated(workbook);
            assertThat(cell(workbook, "DuAn!C2").getStringCellValue()).isEqualTo("Khu du lịch sinh thái Đạ Sar");
            assertThat(cell(workbook, "DuAn!J2").getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void anXlsIsAnnotatedAsXls() throws Exception {
        Path original = broken().writeXls(dir);
        Checks checks = Checks.run(original);
        Path copy = dir.resolve("annotated.xls");
        try (OutputStream out = Files.newOutputStream(copy)) {
            assertThat(new AnnotatedWorkbookWriter().write(original, checks.result.report(), out).extension()).isEqualTo("xls");
        }

        try (InputStream in = Files.newInputStream(copy); Workbook workbook = WorkbookFactory.create(in)) {
            assertAnnotated(workbook);
        }
    }

    @Test
    void checkingTheAnnotatedCopyFindsTheSameProblemsAndIgnoresTheSummarySheet() throws Exception {
        Path copy = annotate(broken().writeXlsx(dir), new AnnotatedWorkbookWriter(), AnnotatedCopy.Mode.IN_PLACE);
        Path renamed = Files.move(copy, dir.resolve("annotated.xlsx"));

        Checks again = Checks.run(renamed);

        assertThat(again.result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(again.problems()).extracting(p -> p.code() + "@" + p.cell()).containsExactly(
                "INV_DISBURSED_EXCEEDS_REGISTERED@DuAn!G2", "INV_CAPITAL_NEGATIVE@DuAn!F3", "VALUE_REQUIRED@DuAn!D4");
    }
}
