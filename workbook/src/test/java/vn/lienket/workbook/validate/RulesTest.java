package vn.lienket.workbook.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.reference.PreviousQuarterFigures;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;

/** One test per validation rule of issue #4, each on an otherwise correct workbook. */
class RulesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingRequiredValueIsAnErrorOnItsCellAndTheRowIsNotLoaded() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 3, "Nhà đầu tư", null), dir);

        Problem problem = checks.only("VALUE_REQUIRED");
        assertThat(problem.cell()).isEqualTo("DuAn!D3");
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.messageVi()).isEqualTo("Cột \"Nhà đầu tư\" bắt buộc phải nhập.");
        assertThat(problem.messageEn()).isEqualTo("Column \"Investor\" is required.");
        assertThat(checks.projects).extracting(p -> p.projectCode()).containsExactly("LD-001", "LD-003");
        assertThat(checks.result.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void textInANumberColumnNamesTheValue() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 2, "Số lao động", "khoảng 300"), dir);

        assertThat(checks.only("VALUE_NOT_NUMBER").messageVi())
                .isEqualTo("Giá trị \"khoảng 300\" ở cột \"Số lao động\" không phải là số. Hãy nhập số, ví dụ 1.234,5.");
    }

    @Test
    void aFractionInACountIsAnError() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("OCOP", 2, "Số chủ thể", 40.5), dir);

        assertThat(checks.only("VALUE_NOT_INTEGER").cell()).isEqualTo("OCOP!G2");
    }

    @Test
    void negativeCapitalIsAnError() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 2, "Vốn đã thực hiện (tỷ đồng)", -1), dir);

        Problem problem = checks.only("INV_CAPITAL_NEGATIVE");
        assertThat(problem.cell()).isEqualTo("DuAn!G2");
        assertThat(problem.messageVi()).contains("không được âm").contains("-1");
    }

    @Test
    void disbursedAboveRegisteredIsOnlyAWarningAndTheRowIsStillLoaded() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 4, "Vốn đã thực hiện (tỷ đồng)", 90), dir);

        Problem problem = checks.only("INV_DISBURSED_EXCEEDS_REGISTERED");
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.cell()).isEqualTo("DuAn!G4");
        assertThat(problem.messageVi()).isEqualTo(
                "Vốn đã thực hiện 90 tỷ đồng lớn hơn vốn đăng ký 85,25 tỷ đồng. Hãy kiểm tra lại.");
        assertThat(checks.result.verdict()).isEqualTo(Verdict.VALID);
        assertThat(checks.projects).hasSize(3);
    }

    @Test
    void aLicenceDateAfterTheQuarterIsAnError() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 4, "Ngày cấp phép", LocalDate.of(2026, 4, 2)), dir);

        assertThat(checks.only("DATE_AFTER_QUARTER_END").messageVi())
                .isEqualTo("Ngày 02/04/2026 ở cột \"Ngày cấp phép\" sau ngày cuối kỳ báo cáo 2026-Q1 (31/03/2026).");
    }

    @Test
    void aDateTypedWithAYearBefore1900IsAMistypedYear() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 2, "Ngày cấp phép", "15/03/1899")
                .set("DuAn", 3, "Ngày đi vào hoạt động", "15/03/0201"), dir);

        assertThat(checks.result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(checks.problems()).filteredOn(p -> p.code().equals("DATE_BEFORE_1900"))
                .extracting(Problem::cell, Problem::messageVi)
                .containsExactly(
                        tuple("DuAn!J2", "Ngày \"15/03/1899\" ở cột \"Ngày cấp phép\" trước năm 1900, có lẽ năm bị gõ nhầm. Hãy kiểm tra lại năm."),
                        tuple("DuAn!K3", "Ngày \"15/03/0201\" ở cột \"Ngày đi vào hoạt động\" trước năm 1900, có lẽ năm bị gõ nhầm. Hãy kiểm tra lại năm."));
    }

    @Test
    void anEventOutsideTheQuarterAndAnEndBeforeItsStartAreErrors() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .addRow("SuKien", 2, "Hội chợ OCOP", "Hội chợ", LocalDate.of(2025, 12, 28), LocalDate.of(2026, 1, 2),
                        "Lâm Đồng", null, "Sở Công Thương", "Cấp vùng")
                .set("SuKien", 2, "Ngày kết thúc", LocalDate.of(2026, 1, 14)), dir);

        assertThat(checks.only("EVENT_OUTSIDE_QUARTER").cell()).isEqualTo("SuKien!D3");
        Problem reversed = checks.only("EVENT_END_BEFORE_START");
        assertThat(reversed.cell()).isEqualTo("SuKien!E2");
        assertThat(reversed.messageVi()).isEqualTo("Ngày kết thúc 14/01/2026 trước ngày bắt đầu 15/01/2026.");
        assertThat(checks.events).isEmpty();
    }

    @Test
    void enumerationLabelsAreAcceptedWithoutDiacriticsOrInAnotherCase() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 2, "Tình trạng", "da hoan thanh, di vao hoat dong")
                .set("DuAn", 3, "Lĩnh vực", "CHẾ BIẾN NÔNG SẢN")
                .set("SuKien", 2, "Loại sự kiện", "hoi nghi ket noi cung cau")
                .set("SuKien", 2, "Cấp", "cap vung"), dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.projects.get(0).status()).isEqualTo("completed_operating");
        assertThat(checks.events.get(0).eventType()).isEqualTo("supply_demand_conference");
        assertThat(checks.events.get(0).level()).isEqualTo("regional");
    }

    @Test
    void aLabelOutsideTheListIsAnErrorListingTheChoices() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 2, "Tình trạng", "Sắp khởi công"), dir);

        assertThat(checks.only("VALUE_NOT_IN_LIST").messageVi()).isEqualTo(
                "Giá trị \"Sắp khởi công\" ở cột \"Tình trạng\" không có trong danh sách. Hãy chọn một trong: "
                        + "Đã hoàn thành, đi vào hoạt động; Hoàn thành một phần; Đang triển khai; Tạm dừng; Đã thu hồi.");
    }

    @Test
    void newlyPlusReRecognisedAboveRecognisedIsAnError() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("OCOP", 3, "Công nhận lại trong quý", 31), dir);

        Problem problem = checks.only("OCOP_NEW_PLUS_RE_EXCEEDS_RECOGNISED");
        assertThat(problem.cell()).isEqualTo("OCOP!E3");
        assertThat(problem.messageVi()).contains("(tổng 32)").contains("31");
    }

    @Test
    void onlyThreeToFiveStarsAreOcop() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("OCOP", 2, "Hạng sao", 2), dir);

        assertThat(checks.only("OCOP_STAR_INVALID").messageVi())
                .isEqualTo("Hạng sao \"2\" không hợp lệ: sản phẩm OCOP chỉ có hạng 3, 4 hoặc 5 sao.");
        assertThat(checks.ocopCounts).extracting(r -> r.star()).containsExactly(4);
    }

    @Test
    void aGroupOfAnEarlierRegulationIsNotValidThisQuarter() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("OCOP", 2, "Nhóm sản phẩm", "OCOP1048-1"), dir);

        assertThat(checks.only("OCOP_GROUP_NOT_VALID").messageVi()).contains("không còn áp dụng cho kỳ 2026-Q1");
    }

    @Test
    void ocopGroupsMayBeGivenByNameOrAsTheDropDownShowsThem() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("OCOP", 2, "Nhóm sản phẩm", "thuc pham")
                .set("OCOP", 3, "Nhóm sản phẩm", "OCOP148-2 - Đồ uống"), dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.ocopCounts).extracting(r -> r.groupCode()).containsExactly("OCOP148-1", "OCOP148-2");
    }

    @Test
    void projectCodesMustBeUnique() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("DuAn", 4, "Mã dự án", "ld-001"), dir);

        Problem problem = checks.only("INV_DUPLICATE_CODE");
        assertThat(problem.cell()).isEqualTo("DuAn!B4");
        assertThat(problem.messageVi()).isEqualTo("Mã dự án \"ld-001\" bị trùng với dòng 2. Mỗi dự án chỉ ghi một dòng.");
    }

    @Test
    void aGroupAndStarReportedTwiceIsAnError() {
        Checks checks = Checks.run(WorkbookFixtures.valid().addRow("OCOP", 3, "OCOP148-1", "3 sao", 5, 0, 0, 2, 0), dir);

        assertThat(checks.only("OCOP_DUPLICATE_GROUP_STAR").cell()).isEqualTo("OCOP!B4");
    }

    /** Issue #15: a group's figure already includes its sub-groups' products of the same star. */
    @Test
    void aGroupAndOneOfItsOwnSubGroupsWithTheSameStarAreAnErrorNamingBothRows() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .addRow("OCOP", 3, "OCOP148-1.1a", "3 sao", 5, 0, 0, 2, 0)
                .addRow("OCOP", 4, "OCOP148-1.1", "4 sao", 7, 0, 0, 3, 0)
                .addRow("OCOP", 5, "OCOP148-1.2", "3 sao", 4, 0, 0, 2, 0), dir);

        assertThat(checks.problems("OCOP_GROUP_OVERLAP")).extracting(Problem::cell)
                .as("1.1a and 1.2 lie within row 2's group, both 3 stars; 1.1 has 4 stars").containsExactly("OCOP!B4", "OCOP!B6");
        Problem overlap = checks.problems("OCOP_GROUP_OVERLAP").get(0);
        assertThat(overlap.severity()).isEqualTo(Severity.ERROR);
        assertThat(overlap.messageVi()).isEqualTo("Nhóm \"OCOP148-1.1a\" ở dòng này và nhóm \"OCOP148-1\" ở dòng 2 cùng hạng 3 sao, "
                + "trong đó nhóm này nằm trong nhóm kia: sản phẩm sẽ bị đếm hai lần. Chỉ ghi theo nhóm lớn hoặc chỉ theo các nhóm con.");
        assertThat(overlap.messageEn()).contains("row 2").contains("OCOP148-1\"");
        assertThat(checks.result.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void subGroupsOfOtherStarsOrSiblingGroupsDoNotOverlap() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .addRow("OCOP", 3, "OCOP148-1.1", "4 sao", 7, 0, 0, 3, 0)
                .addRow("OCOP", 4, "OCOP148-1.2", "5 sao", 4, 0, 0, 2, 0)
                .addRow("OCOP", 5, "OCOP148-1.1a", "5 sao", 2, 0, 0, 1, 0), dir);

        assertThat(checks.problems("OCOP_GROUP_OVERLAP")).isEmpty();
        assertThat(checks.result.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aCoverNamingAProvinceMergedIn2025IsToldItsSuccessorAndCode() {
        Checks checks = Checks.run(WorkbookFixtures.valid().cover("Tỉnh/thành phố", "Bình Thuận"), dir);

        Problem problem = checks.only("PROVINCE_MERGED");
        assertThat(problem.cell()).isEqualTo("BiaBaoCao!B3");
        assertThat(problem.messageVi())
                .isEqualTo("Tỉnh Bình Thuận (P63:60) đã sáp nhập vào Lâm Đồng từ ngày 01/07/2025; hãy dùng Lâm Đồng, mã P34:68.");
        assertThat(problem.messageEn())
                .isEqualTo("Bình Thuận (P63:60) merged into Lâm Đồng on 01/07/2025; use Lâm Đồng, code P34:68.");
        assertThat(checks.covers).isEmpty();
        assertThat(checks.projects).as("rows of an unidentifiable submission go nowhere").isEmpty();
    }

    @Test
    void aCodeTheEraDoesNotHaveIsAnsweredWithTheCodeOfTheProvinceNamedBesideIt() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("SuKien", 2, "Tỉnh tham gia", "Lâm Đồng; P34:64 Gia Lai"), dir);

        Problem problem = checks.only("PROVINCE_WRONG_CODE");
        assertThat(problem.messageVi()).isEqualTo("Không có tỉnh/thành phố mã P34:64 trong danh mục P34; Gia Lai có mã P34:52.");
        assertThat(problem.messageEn()).isEqualTo("There is no province P34:64 in the P34 list; Gia Lai has code P34:52.");
    }

    @Test
    void aCodeTheEraDoesNotHaveIsAnsweredWithWhatTheProvinceOfThatOldCodeIsNow() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("SuKien", 2, "Tỉnh tổ chức", "P34:60"), dir);

        assertThat(checks.only("PROVINCE_WRONG_CODE").messageVi())
                .as("60 was Bình Thuận's code, now part of Lâm Đồng").endsWith("Lâm Đồng có mã P34:68.");
    }

    @Test
    void aCoverMayCarryTheIdBesideTheName() {
        Checks checks = Checks.run(WorkbookFixtures.valid().cover("Tỉnh/thành phố", "Lâm Đồng (P34:68)"), dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.covers).singleElement().extracting(c -> c.province()).isEqualTo(ProvinceId.parse("P34:68"));
    }

    @Test
    void aCoverWhoseNameAndCodeNameDifferentProvincesIsRefused() {
        Checks checks = Checks.run(WorkbookFixtures.valid().cover("Tỉnh/thành phố", "Lâm Đồng (P34:66)"), dir);

        Problem problem = checks.only("PROVINCE_NAME_CODE_MISMATCH");
        assertThat(problem.cell()).isEqualTo("BiaBaoCao!B3");
        assertThat(problem.messageVi()).contains("mã P34:66").contains("tên ghi Lâm Đồng (mã P34:68)");
        assertThat(checks.covers).as("the code does not silently win over the name").isEmpty();
    }

    @Test
    void aCoverMayNameItsProvinceWithinTheEra() {
        Checks checks = Checks.run(WorkbookFixtures.valid().cover("Tỉnh/thành phố", "Tỉnh Lâm Đồng"), dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.covers).singleElement().extracting(c -> c.province()).isEqualTo(ProvinceId.parse("P34:68"));
    }

    @Test
    void aPre2025WorkbookUsesTheOldProvinces() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .cover("Tỉnh/thành phố", "P63:60")
                .cover("Kỳ báo cáo", "Quý 4/2024")
                .set("DuAn", 4, "Ngày cấp phép", LocalDate.of(2024, 11, 20))
                .set("OCOP", 2, "Nhóm sản phẩm", "OCOP148-1")
                .set("SuKien", 2, "Ngày bắt đầu", LocalDate.of(2024, 10, 15))
                .set("SuKien", 2, "Ngày kết thúc", LocalDate.of(2024, 10, 18))
                .set("SuKien", 2, "Tỉnh tham gia", "Bình Thuận; Gia Lai"), dir);

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.covers.get(0).quarter()).isEqualTo(Quarter.parse("2024-Q4"));
        assertThat(checks.events.get(0).partnerProvinces())
                .containsExactly(ProvinceId.parse("P63:60"), ProvinceId.parse("P63:64"));
    }

    @Test
    void partnerProvincesMustExistInTheQuartersEra() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("SuKien", 2, "Tỉnh tham gia", "Lâm Đồng; Đắk Nông"), dir);

        assertThat(checks.only("PROVINCE_MERGED").cell()).isEqualTo("SuKien!G2");
        assertThat(checks.only("PROVINCE_MERGED").messageVi()).contains("Đắk Nông (P63:67) đã sáp nhập vào Lâm Đồng");
    }

    @Test
    void anUnknownProvinceIsAnError() {
        Checks checks = Checks.run(WorkbookFixtures.valid().set("SuKien", 2, "Tỉnh tổ chức", "Sài Gòn Mới"), dir);

        assertThat(checks.only("PROVINCE_UNKNOWN").messageVi()).contains("\"Sài Gòn Mới\"").contains("P34");
    }

    @Test
    void aQuarterThatHasNotStartedIsRejected() {
        Checks checks = Checks.run(WorkbookFixtures.valid().cover("Kỳ báo cáo", "2026-Q3"), dir);

        assertThat(checks.only("COVER_QUARTER_IN_FUTURE").messageVi())
                .isEqualTo("Kỳ báo cáo 2026-Q3 chưa bắt đầu (hôm nay là 10/05/2026).");
    }

    @Test
    void aQuarterBeforeAnyProvinceListIsAnErrorNotACrash() {
        Checks checks = Checks.run(WorkbookFixtures.valid().cover("Kỳ báo cáo", "2006-Q1"), dir);

        assertThat(checks.only("QUARTER_OUT_OF_RANGE").cell()).isEqualTo("BiaBaoCao!B4");
        assertThat(checks.covers).isEmpty();
    }

    @Test
    void anUnreadableQuarterIsAnError() {
        Checks checks = Checks.run(WorkbookFixtures.valid().cover("Kỳ báo cáo", "mùa xuân"), dir);

        assertThat(checks.only("QUARTER_INVALID").cell()).isEqualTo("BiaBaoCao!B4");
    }

    @Test
    void aCoverWithoutPreparerIsAnError() {
        Checks checks = Checks.run(WorkbookFixtures.valid().cover("Người lập", null), dir);

        assertThat(checks.only("COVER_FIELD_MISSING").messageVi()).isEqualTo("Trang bìa thiếu thông tin \"Người lập\".");
    }

    @Test
    void capitalChangedTenfoldAndAFallingOcopCountAreWarnedAgainstLastQuarter() {
        PreviousQuarterFigures previous = new PreviousQuarterFigures() {
            @Override
            public Optional<BigDecimal> registeredCapital(ProvinceId province, Quarter quarter, String projectCode) {
                return projectCode.equals("LD-002") ? Optional.of(new BigDecimal("4.2")) : Optional.empty();
            }

            @Override
            public OptionalLong recognisedProducts(ProvinceId province, Quarter quarter, String group, int star) {
                return group.equals("OCOP148-1") && star == 3 ? OptionalLong.of(95) : OptionalLong.empty();
            }
        };

        Checks checks = Checks.run(WorkbookFixtures.valid().writeXlsx(dir), previous);

        assertThat(checks.only("INV_CAPITAL_CHANGED_TENFOLD").messageVi()).isEqualTo(
                "Vốn đăng ký 420 tỷ đồng thay đổi hơn 10 lần so với quý trước (4,2 tỷ đồng). Hãy kiểm tra đơn vị tính (tỷ đồng).");
        assertThat(checks.only("INV_CAPITAL_CHANGED_TENFOLD").cell()).isEqualTo("DuAn!F3");
        assertThat(checks.only("OCOP_COUNT_FELL").cell()).isEqualTo("OCOP!D2");
        assertThat(checks.result.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aMissingSheetAndAMissingRequiredColumnAreErrors() {
        WorkbookFixtures fixtures = WorkbookFixtures.valid().removeSheet("SuKien");
        fixtures.rows("OCOP").forEach(r -> r.remove(2));

        Checks checks = Checks.run(fixtures, dir);

        assertThat(checks.only("SHEET_MISSING").messageVi()).contains("Thiếu trang tính \"SuKien\"");
        assertThat(checks.only("COLUMN_MISSING").messageVi()).contains("\"Hạng sao\"");
        assertThat(checks.ocopCounts).isEmpty();
        assertThat(checks.result.report().sheet("OCOP").orElseThrow().rejectedRows()).isEqualTo(2);
    }
}
