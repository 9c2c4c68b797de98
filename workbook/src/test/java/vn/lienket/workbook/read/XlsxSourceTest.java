package vn.lienket.workbook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.workbook.WorkbookLimits;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.HostileFiles;
import vn.lienket.workbook.testing.MinimalPackage;

/**
 * The .xlsx reader against what Excel stores: every cell kind read the way POI's own usermodel reads
 * it, and the corners of SpreadsheetML that writers other than Excel use (no cell references, inline
 * rich text with phonetic runs, ISO dates, the 1904 date system), plus a zip that lies about its
 * sizes.
 */
class XlsxSourceTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfCellExcelStoresReadsAsPoiReadsIt() throws IOException {
        Path file = dir.resolve("excel.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet first = workbook.createSheet("Thông tin chung");
            first.createRow(0).createCell(0).setCellValue("Tỉnh");
            Sheet sheet = workbook.createSheet("Dự án");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã dự án");
            header.createCell(2).setCellValue("Vốn (tỷ đồng)");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue("DA-001");
            row.createCell(1).setCellValue(1234.5);
            row.createCell(2).setCellValue(-0.000125);
            row.createCell(3).setCellValue(true);
            Cell date = row.createCell(4);
            date.setCellValue(LocalDate.of(2025, 7, 1));
            date.setCellStyle(workbook.createCellStyle());
            date.getCellStyle().setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(5).setCellFormula("B4*2");
            row.createCell(6).setCellFormula("A4&\"-bis\"");
            row.createCell(7).setCellFormula("1/0");
            row.createCell(8).setCellFormula("B4>1");
            XSSFRichTextString rich = new XSSFRichTextString("Công ty CP ");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.append("Sài Gòn", bold);
            row.createCell(9).setCellValue(rich);
            row.createCell(27).setCellValue("  ");
            row.createCell(28).setCellValue("cột AC");
            sheet.createRow(4).createCell(1).setCellValue(1e15);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }

        Map<String, List<SourceRow>> read = readAll(file);

        assertThat(read.keySet()).containsExactly("Thông tin chung", "Dự án");
        try (Workbook poi = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : poi) {
                assertThat(asPoiSees(read.get(sheet.getSheetName()))).as(sheet.getSheetName())
                        .isEqualTo(asPoiSees(sheet));
            }
        }
        SourceRow row = read.get("Dự án").get(1);
        assertThat(row.number()).isEqualTo(4);
        assertThat(row.cell(7)).isEqualTo(CellValue.error("#DIV/0!"));
        assertThat(row.cell(9)).isEqualTo(CellValue.text("Công ty CP Sài Gòn"));
        assertThat(row.cell(27)).as("blank text is a blank cell").isNull();
        assertThat(row.cell(28)).isEqualTo(CellValue.text("cột AC"));
    }

    @Test
    void numberFormatsComeWithTheNumbersWhenAsked() throws IOException {
        Path file = dir.resolve("formats.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row row = workbook.createSheet("Dự án").createRow(0);
            Cell date = row.createCell(0);
            date.setCellValue(LocalDate.of(2025, 7, 1));
            date.setCellStyle(workbook.createCellStyle());
            date.getCellStyle().setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(1).setCellValue(12);
            workbook.write(out);
        }

        try (WorkbookSource source = WorkbookSources.openWithFormats(file, WorkbookLimits.DEFAULTS)) {
            List<SourceRow> rows = rows(source, "Dự án");
            assertThat(rows.get(0).cell(0).format()).isEqualTo("dd/mm/yyyy");
            assertThat(rows.get(0).cell(1).format()).isEqualTo("General");
        }
        try (WorkbookSource source = WorkbookSources.open(file, WorkbookLimits.DEFAULTS)) {
            assertThat(rows(source, "Dự án").get(0).cell(0).format()).isNull();
        }
    }

    @Test
    void theCornersOtherWritersUse() throws IOException {
        Path file = dir.resolve("handwritten.xlsx");
        MinimalPackage.write(file, "Sheet1", "<workbookPr date1904=\"1\"/>", """
                <sheetData>
                  <row><c t="inlineStr"><is><r><t>Hội chợ </t></r><r><t xml:space="preserve">OCOP  </t></r>\
                <rPh sb="0" eb="1"><t>ホイ</t></rPh></is></c><c><v>7</v></c></row>
                  <row r="5" spans="1:4"><c r="B5" t="d"><v>2025-07-01</v></c><c t="str"><f>A1</f><v>văn bản</v></c>\
                <c t="b"><v>0</v></c><c r="F5" t="s"><v>1</v></c><c r="G5"/></row>
                  <row><c r="A6" t="e"><v>#N/A</v></c></row>
                </sheetData>""", List.of("không dùng", "dùng chung"));

        try (WorkbookSource source = WorkbookSources.open(file, WorkbookLimits.DEFAULTS)) {
            assertThat(source.date1904()).isTrue();
            List<SourceRow> rows = rows(source, "Sheet1");
            assertThat(rows).extracting(SourceRow::number).containsExactly(1, 5, 6);
            assertThat(rows.get(0).cell(0)).isEqualTo(CellValue.text("Hội chợ OCOP  "));
            assertThat(rows.get(0).cell(1)).isEqualTo(CellValue.number(7));
            // 1 July 2025 in the 1904 system: 1,462 days fewer than in the 1900 system (45,839)
            assertThat(rows.get(1).cell(1)).isEqualTo(CellValue.number(45_839 - 1_462));
            assertThat(rows.get(1).cell(2)).isEqualTo(CellValue.text("văn bản"));
            assertThat(rows.get(1).cell(3)).isEqualTo(CellValue.bool(false));
            assertThat(rows.get(1).cell(5)).isEqualTo(CellValue.text("dùng chung"));
            assertThat(rows.get(1).width()).as("a cell without a value adds no column").isEqualTo(6);
            assertThat(rows.get(2).cell(0)).isEqualTo(CellValue.error("#N/A"));
        }
    }

    /** Excel's "Strict Open XML Spreadsheet": other namespaces, other relationship types, the same cells. */
    @Test
    void aStrictOpenXmlWorkbookReadsLikeTheUsualOne() throws IOException {
        Path file = dir.resolve("strict.xlsx");
        MinimalPackage.write(file, MinimalPackage.Flavour.STRICT, "Dự án", "", "<sheetData><row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c>"
                + "<c r=\"C2\" s=\"2\"><v>1250.5</v></c><c r=\"D2\" s=\"1\" t=\"d\"><v>2025-07-01</v></c></row></sheetData>",
                List.of("LD-001"), "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                        + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"4\"/></cellXfs>");

        try (WorkbookSource source = WorkbookSources.open(file, WorkbookLimits.DEFAULTS)) {
            assertThat(source.sheetNames()).containsExactly("Dự án");
            assertThat(source.date1904()).isFalse();
            SourceRow row = rows(source, "Dự án").get(0);
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cell(1)).isEqualTo(CellValue.text("LD-001"));
            assertThat(row.cell(2)).isEqualTo(CellValue.number(1250.5));
            assertThat(row.cell(3)).isEqualTo(CellValue.number(45_839));
        }
        try (WorkbookSource source = WorkbookSources.openWithFormats(file, WorkbookLimits.DEFAULTS)) {
            SourceRow row = rows(source, "Dự án").get(0);
            assertThat(row.cell(2).format()).as("built-in format 4").isEqualTo("#,##0.00");
            assertThat(row.cell(3).format()).isEqualTo("dd/mm/yyyy");
        }
    }

    /** Excel writes characters XML cannot hold as _xHHHH_ and a literal "_x" as "_x005F_x"; the reader shows what Excel shows. */
    @Test
    void escapedCharactersAreDecodedAndControlCharactersDropped() throws IOException {
        Path file = dir.resolve("escapes.xlsx");
        MinimalPackage.write(file, "Sheet1", "", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Mã_x005F_x0041_ dự án</t></is></c>"
                + "<c r=\"C1\" t=\"str\"><v>Bell_x0007_ Tab_x0009_</v></c><c r=\"D1\" t=\"s\"><v>1</v></c></row></sheetData>",
                List.of("Dòng 1_x000D_\nDòng 2_x0001_", "_x_ and _x12_ and _xZZZZ_ stay"));

        try (WorkbookSource source = WorkbookSources.open(file, WorkbookLimits.DEFAULTS)) {
            SourceRow row = rows(source, "Sheet1").get(0);
            assertThat(row.cell(0).text()).isEqualTo("Dòng 1\nDòng 2");
            assertThat(row.cell(1).text()).as("an escaped underscore is not an escape").isEqualTo("Mã_x0041_ dự án");
            assertThat(row.cell(2).text()).isEqualTo("Bell Tab\t");
            assertThat(row.cell(3).text()).isEqualTo("_x_ and _x12_ and _xZZZZ_ stay");
        }
    }

    @Test
    void aCellThatIsNotWhatItsTypeSaysMakesTheFileCorrupt() throws IOException {
        Path file = dir.resolve("bad-number.xlsx");
        MinimalPackage.write(file, "Sheet1", "", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"C2\"><v>mười</v></c></row></sheetData>", List.of());
        List<SourceRow> delivered = new ArrayList<>();

        try (WorkbookSource source = WorkbookSources.open(file, WorkbookLimits.DEFAULTS)) {
            assertThatThrownBy(() -> source.forEachRow("Sheet1", delivered::add))
                    .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                        assertThat(e.reason()).isEqualTo(UnreadableReason.CORRUPT);
                        assertThat(e.getMessage()).contains("C2").contains("mười");
                    });
        }
        assertThat(delivered).as("the rows before the damage").extracting(SourceRow::number).containsExactly(1);
    }

    @Test
    void aCellReferenceOrTypeTheFormatDoesNotKnowMakesTheFileCorrupt() throws IOException {
        Map<String, String> sheets = Map.of(
                "<c r=\"9Z\"><v>1</v></c>", "\"9Z\"",
                "<c r=\"\"><v>1</v></c>", "cell reference",
                "<c r=\"XFE3\"><v>1</v></c>", "\"XFE3\"",
                "<c r=\"B3\" t=\"x\"><v>1</v></c>", "B3");
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            Path file = dir.resolve("bad-cell.xlsx");
            MinimalPackage.write(file, "Sheet1", "", "<sheetData><row r=\"3\">" + sheet.getKey() + "</row></sheetData>", List.of());

            try (WorkbookSource source = WorkbookSources.open(file, WorkbookLimits.DEFAULTS)) {
                assertThatThrownBy(() -> source.forEachRow("Sheet1", row -> { }))
                        .as(sheet.getKey())
                        .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                            assertThat(e.reason()).isEqualTo(UnreadableReason.CORRUPT);
                            assertThat(e.getMessage()).contains(sheet.getValue());
                        });
            }
        }
    }

    @Test
    void lowerCaseReferencesAndTheLastColumnOfASheetAreCellsLikeOthers() throws IOException {
        Path file = dir.resolve("references.xlsx");
        MinimalPackage.write(file, "Sheet1", "", "<sheetData><row r=\"2\"><c r=\"c2\"><v>3</v></c>"
                + "<c r=\"XFD2\" t=\"inlineStr\"><is><t>cuối</t></is></c></row></sheetData>", List.of());

        try (WorkbookSource source = WorkbookSources.open(file, WorkbookLimits.DEFAULTS)) {
            SourceRow row = rows(source, "Sheet1").get(0);
            assertThat(row.cell(2)).isEqualTo(CellValue.number(3));
            assertThat(row.width()).isEqualTo(16_384);
            assertThat(row.cell(16_383)).isEqualTo(CellValue.text("cuối"));
        }
    }

    /**
     * The zip directory says the sheet is as big as its compressed bytes, so the check of declared
     * sizes passes; inflating it must still stop at the zip-bomb ratio, not fill the disk or heap.
     * The bomb is the cover sheet, which the check reads first.
     */
    @Test
    void aZipThatLiesAboutItsSizesIsStoppedWhileInflating() throws IOException {
        Path file = dir.resolve("lying-bomb.xlsx");
        String rows = "<row><c t=\"inlineStr\"><is><t>" + " ".repeat(64 * 1024 * 1024) + "</t></is></c></row>";
        MinimalPackage.write(file, "BiaBaoCao", "", "<sheetData>" + rows + "</sheetData>", List.of());
        HostileFiles.understateSize(file, "xl/worksheets/sheet1.xml");

        Checks checks = Checks.run(file);

        assertThat(checks.result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(checks.result.exitCode()).isEqualTo(2);
        assertThat(checks.only("FILE_UNREADABLE_ZIP_BOMB").messageVi()).contains("nội dung nén bất thường");
    }

    private static Map<String, List<SourceRow>> readAll(Path file) {
        Map<String, List<SourceRow>> sheets = new LinkedHashMap<>();
        try (WorkbookSource source = WorkbookSources.open(file, WorkbookLimits.DEFAULTS)) {
            for (String name : source.sheetNames()) {
                sheets.put(name, rows(source, name));
            }
        }
        return sheets;
    }

    private static List<SourceRow> rows(WorkbookSource source, String sheet) {
        List<SourceRow> rows = new ArrayList<>();
        source.forEachRow(sheet, rows::add);
        return rows;
    }

    /** Row number → column → "KIND:value", the same shape from POI's usermodel and from our rows. */
    private static Map<Integer, Map<Integer, String>> asPoiSees(Sheet sheet) {
        Map<Integer, Map<Integer, String>> cells = new LinkedHashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                String value = switch (type) {
                    case NUMERIC -> "NUMBER:" + cell.getNumericCellValue();
                    case STRING -> cell.getStringCellValue().isBlank() ? null : "TEXT:" + cell.getStringCellValue();
                    case BOOLEAN -> "BOOLEAN:" + cell.getBooleanCellValue();
                    case ERROR -> "ERROR:" + FormulaError.forInt(cell.getErrorCellValue()).getString();
                    default -> null;
                };
                if (value != null) {
                    cells.computeIfAbsent(row.getRowNum() + 1, r -> new LinkedHashMap<>()).put(cell.getColumnIndex(), value);
                }
            }
        }
        return cells;
    }

    private static Map<Integer, Map<Integer, String>> asPoiSees(List<SourceRow> rows) {
        Map<Integer, Map<Integer, String>> cells = new LinkedHashMap<>();
        for (SourceRow row : rows) {
            for (int c = 0; c < row.width(); c++) {
                CellValue cell = row.cell(c);
                if (cell != null) {
                    String value = cell.kind() + ":" + (cell.isNumber() ? Double.toString(cell.number()) : cell.text());
                    cells.computeIfAbsent(row.number(), r -> new LinkedHashMap<>()).put(c, value);
                }
            }
        }
        return cells;
    }
}
