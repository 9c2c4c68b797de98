package vn.lienket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

/**
 * An auditor takes a figure of a scorecard back to the workbook rows: {@code lienket trace} prints each row with its
 * file and cell and a total equal to the scorecard's figure; the scorecard's XLSX holds the same trace and its PDF
 * names the command.
 */
class TraceCommandIT {

    private static final Pattern TOTAL = Pattern.compile("Tổng: ([0-9.\\-]+) ");

    @TempDir
    Path work;

    @Test
    void theTraceOfAFigureListsItsRowsAndAddsUpToTheScorecardWhoseFilesNameTheCommand() throws Exception {
        CliRun cli = new CliRun(TestPostgres.shared().createDatabase("trace_command"), work);
        cli.run("load", WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("v1"))).toString());
        cli.run("load", WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2"))).toString());
        Path out = work.resolve("out");
        assertThat(cli.run("report", "--quarter", "2026-Q1", "--province", "P34:68", "--out", out.toString()).exitCode()).isZero();

        CliRun.Result trace = cli.run("trace", "--quarter", "2026-Q1", "--province", "P34:68", "--kpi",
                "investment_registered_capital", "--xlsx", work.resolve("trace.xlsx").toString());

        assertThat(trace.exitCode()).as(trace.err()).isZero();
        assertThat(trace.out()).contains("Vốn đăng ký (investment_registered_capital)", "DuAn", "cộng vào",
                "không cộng: hồ sơ đã được thay bằng hồ sơ nộp sau", "450");
        Matcher total = TOTAL.matcher(trace.out());
        assertThat(total.find()).as(trace.out()).isTrue();
        BigDecimal printed = new BigDecimal(total.group(1));
        try (XSSFWorkbook scorecard = workbook(single(out, ".xlsx"))) {
            assertThat(figure(scorecard.getSheet("Chỉ tiêu"), 1, "Vốn đăng ký", 3)).isEqualByComparingTo(printed);
            assertThat(figure(scorecard.getSheet("Truy nguyên 1"), 1, "investment_registered_capital", 10))
                    .as("the scorecard's own trace sheet ends the KPI on the same total").isEqualByComparingTo(printed);
        }
        try (XSSFWorkbook traced = workbook(work.resolve("trace.xlsx"))) {
            assertThat(figure(traced.getSheetAt(0), 1, "investment_registered_capital", 10)).isEqualByComparingTo(printed);
        }
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(single(out, ".pdf")))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("lienket trace --quarter 2026-Q1 --province P34:68 --view current --kpi");
        }

        assertThat(cli.run("trace", "--quarter", "2026-Q1", "--province", "P34:68", "--kpi", "no_such_kpi").exitCode())
                .isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(cli.run("trace", "--quarter", "2026-Q1", "--province", "P34:68", "--programme", "HCMC_TN", "--kpi",
                "ocop_products").exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    }

    /** The number in {@code valueColumn} of the last row whose {@code keyColumn} reads {@code key} (a KPI's total row). */
    private static BigDecimal figure(Sheet sheet, int keyColumn, String key, int valueColumn) {
        BigDecimal found = null;
        for (Row row : sheet) {
            if (row.getCell(keyColumn) != null && key.equals(row.getCell(keyColumn).getStringCellValue())) {
                found = BigDecimal.valueOf(row.getCell(valueColumn).getNumericCellValue());
            }
        }
        assertThat(found).as(key + " in " + sheet.getSheetName()).isNotNull();
        return found;
    }

    private static XSSFWorkbook workbook(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Path single(Path directory, String extension) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> found = files.filter(file -> file.toString().endsWith(extension)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
