package vn.lienket.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class ScorecardRendererTest {

    private static final ScorecardRenderer RENDERER = new ScorecardRenderer();
    private static RenderedScorecard vietnamese;
    private static RenderedScorecard english;

    @BeforeAll
    static void render() {
        vietnamese = RENDERER.render(ScorecardFixtures.tayNguyenProgramme(ReportLanguage.VI));
        english = RENDERER.render(ScorecardFixtures.tayNguyenProgramme(ReportLanguage.EN));
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(vietnamese.pdf())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    @Test
    void vietnameseTextAndNumbersComeOutExactlyAsPutIn() throws IOException {
        String text = text(vietnamese.pdf());

        assertThat(text).contains("Đắk Lắk", "Lâm Đồng", "Tuần lễ triển lãm", ScorecardFixtures.PROGRAMME,
                "Kết quả hợp tác quý", "Quý 2/2025", "theo địa giới khi báo cáo (P63/P34)");
        assertThat(text).contains("1.234,5", "139", "+2,2 %", "-3,4 %", "Chưa nộp", "Trễ hạn", "Bị từ chối");
        assertThat(text).contains("Số liệu tính đến 21/07/2025 10:15", "S-2025Q2-066-01 (a1a1a1a1a1a1)");
        assertThat(text).containsPattern("Trang 1\\s*/\\s*2");
    }

    @Test
    void englishVariantComesFromTheSameTemplatesWithEnglishLabelsAndNumbers() throws IOException {
        String text = text(english.pdf());

        assertThat(text).contains("Indicator", "Progress", "Submission status this quarter",
                "Trend over the last 8 quarters", "Data as of", "Q2 2025", "Missing", "Exhibition weeks");
        assertThat(text).contains("1,234.5").doesNotContain("Chỉ tiêu", "Tình hình nộp báo cáo");
    }

    @Test
    void provinceScorecardInTodaysViewSaysSoAndLeavesOutAnEmptyBreakdown() throws IOException {
        String text = text(RENDERER.render(ScorecardFixtures.lamDongProvinceToday()).pdf());

        assertThat(text).contains("Tỉnh: Lâm Đồng (P34:68)", "Quý 3/2025", "quy về 34 tỉnh hiện nay", "Bình Thuận");
        assertThat(text).doesNotContain("Chi tiết theo tỉnh", "Chương trình");
    }

    @Test
    void sameModelGivesIdenticalBytes() {
        RenderedScorecard again = RENDERER.render(ScorecardFixtures.tayNguyenProgramme(ReportLanguage.VI));

        assertThat(again.pdfSha256()).isEqualTo(vietnamese.pdfSha256());
        assertThat(again.xlsxSha256()).isEqualTo(vietnamese.xlsxSha256());
        assertThat(again.pdf()).isEqualTo(vietnamese.pdf());
    }

    @Test
    void concurrentRendersShareTheCompiledTemplatesAndAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RenderedScorecard>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ReportLanguage language = i % 2 == 0 ? ReportLanguage.VI : ReportLanguage.EN;
                renders.add(pool.submit(() -> RENDERER.render(ScorecardFixtures.tayNguyenProgramme(language))));
            }
            for (int i = 0; i < renders.size(); i++) {
                RenderedScorecard expected = i % 2 == 0 ? vietnamese : english;
                assertThat(renders.get(i).get(60, TimeUnit.SECONDS).pdfSha256()).isEqualTo(expected.pdfSha256());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherJvmInAnotherTimeZoneGivesIdenticalBytes() throws Exception {
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Asia/Tokyo",
                "-cp", System.getProperty("java.class.path"),
                RenderInChildProcess.class.getName(), "VI")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).isZero();
        assertThat(output.trim()).isEqualTo(vietnamese.pdfSha256() + " " + vietnamese.xlsxSha256());
    }

    @Test
    void pdfIsValidPdfA1b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(vietnamese.pdf()), PDFAFlavour.PDFA_1_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false);
            ValidationResult result = validator.validate(parser);

            assertThat(result.getTestAssertions())
                    .filteredOn(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .extracting(assertion -> assertion.getRuleId() + " " + assertion.getMessage())
                    .isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    @Test
    void everyXrefOffsetPointsAtItsObject() {
        String pdf = new String(vietnamese.pdf(), StandardCharsets.ISO_8859_1);
        Matcher startXref = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(pdf);
        assertThat(startXref.find()).isTrue();
        int xref = Integer.parseInt(startXref.group(1));
        assertThat(pdf.substring(xref)).startsWith("xref");

        Matcher entries = Pattern.compile("(\\d{10}) \\d{5} n").matcher(pdf);
        entries.region(xref, startXref.start());
        int objectNumber = 0;
        List<Integer> checked = new ArrayList<>();
        while (entries.find()) {
            objectNumber++;
            int offset = Integer.parseInt(entries.group(1));
            assertThat(pdf.substring(offset)).startsWith(objectNumber + " 0 obj");
            checked.add(objectNumber);
        }
        assertThat(checked).hasSizeGreaterThan(10);
    }

    @Test
    void workbookHoldsTheSameFiguresOnPlainSheets() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(vietnamese.xlsx()))) {
            assertThat(workbook.getNumberOfSheets()).as("five tables and the trace of the one traced group").isEqualTo(6);
            Sheet kpis = workbook.getSheet("Chỉ tiêu");
            assertThat(kpis.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(kpis.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Vốn đăng ký");
            assertThat(kpis.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(kpis.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Tuần lễ triển lãm");
            assertThat(kpis.getRow(8).getCell(4).getStringCellValue()).as("booths: one member did not report").isEqualTo("4/5");
            assertThat(kpis.getRow(10).getCell(1).getStringCellValue()).isEqualTo("Giá trị giao dịch");
            assertThat(kpis.getRow(10).getCell(3).getStringCellValue()).as("nobody reported: not 0").isEqualTo("—");
            assertThat(kpis.getRow(10).getCell(4).getStringCellValue()).isEqualTo("0/5");
            assertThat(workbook.getSheet("Ghi chú").getRow(2).getCell(0).getStringCellValue()).startsWith("— : chưa có số liệu");

            Sheet trends = workbook.getSheet("Xu hướng");
            assertThat(trends.getRow(0).getCell(2).getStringCellValue()).isEqualTo("2023-Q3");
            assertThat(trends.getRow(0).getCell(9).getStringCellValue()).isEqualTo("2025-Q2");
            assertThat(trends.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(139);

            Sheet submissions = workbook.getSheet("Nộp báo cáo");
            assertThat(submissions.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Đắk Nông");
            assertThat(submissions.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Chưa nộp");
            assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(ScorecardFixtures.DATA_AS_OF);
        }
    }

    /** The trace sheet lists each row behind a figure with its file and cell, how it counts, and the figure as its total. */
    @Test
    void theTraceSheetListsTheRowsBehindAFigureAndTheirTotal() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(vietnamese.xlsx()))) {
            Sheet trace = workbook.getSheet("Truy nguyên 1");
            assertThat(trace.getRow(0).getCell(6).getStringCellValue()).isEqualTo("SHA-256 của tệp");
            assertThat(trace.getRow(1).getCell(11).getStringCellValue()).startsWith("không cộng: hồ sơ đã được thay");
            assertThat(trace.getRow(2).getCell(5).getStringCellValue()).isEqualTo("P63-68-2025-Q2.xlsx");
            assertThat(trace.getRow(2).getCell(7).getStringCellValue()).isEqualTo("Dự án đầu tư");
            assertThat(trace.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(6);
            assertThat(trace.getRow(2).getCell(10).getNumericCellValue()).isEqualTo(138);
            assertThat(trace.getRow(2).getCell(11).getStringCellValue()).isEqualTo("cộng vào");
            assertThat(trace.getRow(3).getCell(9).getCellStyle().getQuotePrefixed()).as("an item typed as a formula").isTrue();
            assertThat(trace.getRow(4).getCell(10).getNumericCellValue()).as("the total is the scorecard's figure")
                    .isEqualTo(workbook.getSheet("Chỉ tiêu").getRow(1).getCell(3).getNumericCellValue());
            assertThat(trace.getRow(4).getCell(11).getStringCellValue()).startsWith("Tổng = số liệu trên bảng điểm");
            assertThat(trace.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Chưa nộp: Kon Tum (P63:62)");
        }
    }

    @Test
    void aValueNobodyReportedPrintsADashAndAPartSumSaysHowManyProvincesReported() throws IOException {
        String text = text(vietnamese.pdf());

        assertThat(text).containsPattern("Gian hàng tham gia\\s+4/5 tỉnh báo cáo\\s+gian hàng\\s+250\\s");
        assertThat(text).containsPattern("Giá trị giao dịch\\s+0/5 tỉnh báo cáo\\s+tỷ đồng\\s+—\\s");
        assertThat(text).contains("Số liệu và bảng nộp báo cáo cùng gồm các tỉnh", "— : chưa có số liệu.");
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredQuotePrefixedInTheWorkbook() throws IOException {
        Scorecard hostile = ScorecardFixtures.sample(Subject.programme(ScorecardFixtures.PROGRAMME),
                List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "Gia Lai"), ReportLanguage.VI, 0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(RENDERER.render(hostile).xlsx()))) {
            Sheet submissions = workbook.getSheet("Nộp báo cáo");
            for (int row = 1; row <= 4; row++) {
                assertThat(submissions.getRow(row).getCell(0).getCellStyle().getQuotePrefixed())
                        .as(submissions.getRow(row).getCell(0).getStringCellValue()).isTrue();
            }
            assertThat(submissions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(submissions.getRow(5).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
