package vn.lienket.workbook.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.workbook.testing.WorkbookFixtures.row;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.report.SheetSummary;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.Formula;
import vn.lienket.workbook.testing.WorkbookFixtures;

/** Real-world mess of issue #4: each test feeds one kind of it and checks that the data still loads. */
class MessyWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void mergedTwoRowHeadersUnderATitleWithAColumnNumberingRowAreUnderstood() {
        WorkbookFixtures fixtures = WorkbookFixtures.valid().sheet("DuAn",
                row("DANH SÁCH DỰ ÁN CỦA NHÀ ĐẦU TƯ TP. HỒ CHÍ MINH"),
                row("STT", "Mã dự án", "Tên dự án", "Nhà đầu tư", "Lĩnh vực", "Vốn (tỷ đồng)", null, "Diện tích (ha)",
                        "Tình trạng", "Ngày cấp phép", "Ngày đi vào hoạt động", "Số lao động"),
                row(null, null, null, null, null, "Đăng ký", "Đã thực hiện"),
                row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"),
                row(1, "LD-001", "Khu du lịch sinh thái Đạ Sar", "Công ty CP Du lịch Sài Gòn", "Du lịch", 1250.5, 800,
                        120.5, "Đang triển khai", LocalDate.of(2019, 3, 15), null, 350))
                .merge("DuAn", "A1:L1").merge("DuAn", "F2:G2").merge("DuAn", "A2:A3").merge("DuAn", "B2:B3");

        Checks checks = Checks.run(fixtures, dir);

        assertThat(checks.problems()).extracting(p -> p.code() + "@" + p.cell())
                .containsExactly("COLUMN_OPTIONAL_MISSING@DuAn!3:3", "HEADER_NUMBERING_ROW@DuAn!4:4");
        assertThat(checks.projects).singleElement().satisfies(p -> {
            assertThat(p.registeredCapital()).isEqualByComparingTo("1250.5");
            assertThat(p.disbursedCapital()).isEqualByComparingTo("800");
            assertThat(p.sourceRow()).isEqualTo(5);
        });
    }

    @Test
    void blankRowsAreSkippedAndNotCounted() {
        WorkbookFixtures fixtures = WorkbookFixtures.valid();
        fixtures.insertRow("DuAn", 3).insertRow("DuAn", 3, null, "  ", null).insertRow("DuAn", 6, 4);

        Checks checks = Checks.run(fixtures, dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.projects).extracting(p -> p.sourceRow()).containsExactly(2, 5, 7);
        assertThat(checks.result.report().sheet("DuAn").orElseThrow().rowsRead()).isEqualTo(3);
    }

    @Test
    void aTotalsRowThatAddsUpIsExcludedAndNamed() {
        Checks checks = Checks.run(WorkbookFixtures.valid().addRow("DuAn", null, "Tổng cộng", null, null, null,
                new Formula("SUM(F2:F4)"), new Formula("SUM(G2:G4)"), null, null, null, null, new Formula("SUM(L2:L4)")), dir);

        assertThat(checks.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TOTAL_ROW_EXCLUDED");
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.cell()).isEqualTo("DuAn!5:5");
        });
        assertThat(checks.projects).hasSize(3);
        SheetSummary summary = checks.result.report().sheet("DuAn").orElseThrow();
        assertThat(List.of(summary.rowsRead(), summary.factRows(), summary.skippedRows())).containsExactly(4L, 3L, 1L);
    }

    @Test
    void aTotalsRowThatDoesNotAddUpIsWarnedWithTheRealSum() {
        Checks checks = Checks.run(WorkbookFixtures.valid().addRow("DuAn", "Cộng", null, null, null, null, 1700, 1250), dir);

        assertThat(checks.only("TOTAL_MISMATCH").messageVi()).isEqualTo(
                "Dòng tổng cộng ghi 1700 ở cột \"Vốn đăng ký (tỷ đồng)\", nhưng tổng các dòng phía trên là 1.755,75. "
                        + "Hãy kiểm tra lại số liệu hoặc công thức tổng.");
        assertThat(checks.only("TOTAL_MISMATCH").cell()).isEqualTo("DuAn!F5");
        assertThat(checks.only("TOTAL_ROW_EXCLUDED").cell()).isEqualTo("DuAn!5:5");
    }

    @Test
    void numbersTypedAsVietnameseTextAreReadAndTheConventionReported() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", "1.250,5")
                .set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", "1.420")
                .set("DuAn", 3, "Vốn đã thực hiện (tỷ đồng)", "420"), dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.projects.get(0).registeredCapital()).isEqualByComparingTo("1250.5");
        assertThat(checks.projects.get(1).registeredCapital()).isEqualByComparingTo("1420");
        assertThat(checks.result.report().numberConvention()).contains("vietnamese");
    }

    @Test
    void numbersTypedInEnglishStyleAreDetectedForTheWholeWorkbook() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", "1,250.5")
                .set("DuAn", 3, "Diện tích (ha)", "1.125"), dir);

        assertThat(checks.projects.get(0).registeredCapital()).isEqualByComparingTo("1250.5");
        assertThat(checks.projects.get(1).areaHectares()).isEqualByComparingTo("1.125");
        assertThat(checks.result.report().numberConvention()).contains("english");
    }

    @Test
    void anAmbiguousNumberBeforeAnyEvidenceIsReadTheVietnameseWayWithAWarning() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 2, "Diện tích (ha)", "1.250"), dir);

        assertThat(checks.only("NUMBER_FORMAT_ASSUMED").severity()).isEqualTo(Severity.WARNING);
        assertThat(checks.projects.get(0).areaHectares()).isEqualByComparingTo("1250");
    }

    @Test
    void aNumberInTheOtherConventionIsReadOnItsOwnTermsAndWarned() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", "1.250,5")
                .set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", "1,420.75"), dir);

        assertThat(checks.only("NUMBER_FORMAT_MIXED").cell()).isEqualTo("DuAn!F3");
        assertThat(checks.projects.get(1).registeredCapital()).isEqualByComparingTo("1420.75");
    }

    @Test
    void provincesWrittenAsOfficesWriteThemAreRecognised() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("SuKien", 2, "Tỉnh tổ chức", "TP.HCM")
                .set("SuKien", 2, "Tỉnh tham gia", "tinh lam dong, Daklak; P34:52; Thừa Thiên Huế"), dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.events.get(0).hostProvince()).hasToString("P34:79");
        assertThat(checks.events.get(0).partnerProvinces()).extracting(Object::toString)
                .containsExactly("P34:68", "P34:66", "P34:52", "P34:46");
    }

    @Test
    void datesAsTextInCommonFormsAndAsBareSerialsAreRead() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 2, "Ngày cấp phép", "15/03/2019")
                .set("DuAn", 3, "Ngày cấp phép", "10-8-22")
                .set("DuAn", 4, "Ngày cấp phép", 46001)
                .set("SuKien", 2, "Ngày bắt đầu", "2026-01-15")
                .set("SuKien", 2, "Ngày kết thúc", "18.1.2026"), dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.projects).extracting(p -> p.licenceDate())
                .containsExactly(LocalDate.of(2019, 3, 15), LocalDate.of(2022, 8, 10), LocalDate.of(2025, 12, 10));
        assertThat(checks.events.get(0).endDate()).isEqualTo(LocalDate.of(2026, 1, 18));
    }

    @Test
    void aTextThatIsNoDateIsNamed() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 2, "Ngày cấp phép", "quý 2/2019"), dir);

        assertThat(checks.only("VALUE_NOT_DATE").messageVi()).contains("\"quý 2/2019\"").contains("25/07/2026");
    }

    @Test
    void formulasAreReadThroughTheirCachedValuesAndFailingOnesNamed() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", new Formula("800+450.5"))
                .set("DuAn", 3, "Số lao động", new Formula("1/0")), dir);

        assertThat(checks.projects.get(0).registeredCapital()).isEqualByComparingTo("1250.5");
        assertThat(checks.only("VALUE_FORMULA_ERROR").cell()).isEqualTo("DuAn!L3");
    }

    @Test
    void surroundingSpacesAndDecomposedUnicodeDoNotMatter() {
        String nfd = Normalizer.normalize("Đang triển khai", Normalizer.Form.NFD);
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 2, "Tình trạng", "  " + nfd + "  ")
                .set("DuAn", 2, "Nhà đầu tư", Normalizer.normalize(" Công ty CP Du lịch Sài Gòn ", Normalizer.Form.NFD)), dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.projects.get(0).status()).isEqualTo("under_implementation");
        assertThat(checks.projects.get(0).investor()).isEqualTo("Công ty CP Du lịch Sài Gòn");
    }

    @Test
    void tcvn3TextIsConvertedAndReportedOncePerSheet() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 2, "Nhà đầu tư", "C«ng ty CP Du lÞch Sµi Gßn")
                .set("DuAn", 2, "Tình trạng", "§ang triÓn khai")
                .set("DuAn", 3, "Nhà đầu tư", "C«ng ty TNHH Cµ phª Ph\u00AD¬ng Nam"), dir);

        assertThat(checks.only("TEXT_TCVN3_CONVERTED").messageVi()).contains("\"Công ty CP Du lịch Sài Gòn\"");
        assertThat(checks.projects.get(0).investor()).isEqualTo("Công ty CP Du lịch Sài Gòn");
        assertThat(checks.projects.get(0).status()).isEqualTo("under_implementation");
        assertThat(checks.projects.get(1).investor()).isEqualTo("Công ty TNHH Cà phê Phương Nam");
        assertThat(checks.result.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aSheetTypedEntirelyInTcvn3HeadersIncludedStillLoads() {
        WorkbookFixtures fixtures = WorkbookFixtures.valid().sheet("DuAn",
                row("STT", "M· dù ¸n", "Tªn dù ¸n", "Nhµ ®Çu t\u00AD", "LÜnh vùc", "Vèn ®¨ng ký (tû ®ång)", "T×nh tr¹ng"),
                row(1, "LD-001", "Khu du lÞch sinh th¸i §¹ Sar", "C«ng ty CP Du lÞch Sµi Gßn", "Du lÞch", 1250.5,
                        "§ang triÓn khai"));

        Checks checks = Checks.run(fixtures, dir);

        assertThat(checks.problems()).extracting(p -> p.code())
                .containsOnly("COLUMN_OPTIONAL_MISSING", "TEXT_TCVN3_CONVERTED");
        assertThat(checks.projects).singleElement().satisfies(p -> {
            assertThat(p.projectName()).isEqualTo("Khu du lịch sinh thái Đạ Sar");
            assertThat(p.sector()).isEqualTo("tourism");
            assertThat(p.status()).isEqualTo("under_implementation");
        });
    }

    @Test
    void vniTextIsAnErrorAskingForConversion() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 2, "Nhà đầu tư", "Coâng ty CP Du lòch Saøi Goøn"), dir);

        assertThat(checks.only("TEXT_VNI_ENCODING").messageVi()).contains("phông VNI").contains("Unikey");
        assertThat(checks.projects).hasSize(2);
    }

    @Test
    void renamedAndReorderedColumnsLoadAndAnExtraColumnIsWarned() {
        WorkbookFixtures fixtures = WorkbookFixtures.valid().sheet("Dự án",
                row("Mã DA", "Chủ đầu tư", "Tên dự án", "TỔNG VỐN ĐẦU TƯ", "Lĩnh vực đầu tư", "Tiến độ", "Ý kiến của Sở"),
                row("LD-009", "Công ty CP Logistics Sài Gòn", "Trung tâm logistics Bảo Lộc", "2.300,5", "Kho vận",
                        "Tạm dừng", "đang rà soát"));
        fixtures.removeSheet("DuAn");

        Checks checks = Checks.run(fixtures, dir);

        assertThat(checks.problems().stream().filter(p -> p.severity() != Severity.INFO))
                .extracting(p -> p.code() + "@" + p.cell())
                .contains("COLUMN_UNKNOWN@'Dự án'!G1")
                .allMatch(s -> s.startsWith("COLUMN_UNKNOWN") || s.startsWith("COLUMN_OPTIONAL_MISSING"));
        assertThat(checks.projects).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Dự án");
            assertThat(p.investor()).isEqualTo("Công ty CP Logistics Sài Gòn");
            assertThat(p.registeredCapital()).isEqualByComparingTo("2300.5");
            assertThat(p.sector()).isEqualTo("logistics");
            assertThat(p.status()).isEqualTo("suspended");
        });
    }

    @Test
    void anUnknownSheetIsWarnedAndARowWithContentOnlyOutsideTheColumnsIsNamed() {
        WorkbookFixtures fixtures = WorkbookFixtures.valid().sheet("Ghi chép", row("ghi chú riêng"));
        fixtures.addRow("OCOP", null, null, null, null, null, null, null, null, "số liệu chờ xác minh");

        Checks checks = Checks.run(fixtures, dir);

        assertThat(checks.only("SHEET_UNKNOWN").severity()).isEqualTo(Severity.WARNING);
        assertThat(checks.only("ROW_OUTSIDE_COLUMNS").cell()).isEqualTo("OCOP!4:4");
        assertThat(checks.result.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void twoSheetsForTheSamePartAreAnErrorNotAGuess() {
        WorkbookFixtures fixtures = WorkbookFixtures.valid();
        fixtures.sheet("Du An", fixtures.rows("DuAn").toArray(List[]::new));

        Checks checks = Checks.run(fixtures, dir);

        assertThat(checks.only("SHEET_DUPLICATE").messageVi()).contains("\"Du An\"", "\"DuAn\"", "giữ một trang");
        assertThat(checks.result.verdict()).isEqualTo(Verdict.INVALID);
    }
}
