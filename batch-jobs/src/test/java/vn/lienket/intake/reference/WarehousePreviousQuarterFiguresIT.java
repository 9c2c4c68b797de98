package vn.lienket.intake.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.intake.IntakeIntegrationTest;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.registry.SubmissionReports;
import vn.lienket.workbook.reference.PreviousQuarterFigures;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The figures a check of a later quarter compares with are those of the province's loaded 2026-Q1
 * submission, exactly as stored (the warning quotes them), and nothing for a project, quarter or
 * province without one.
 */
class WarehousePreviousQuarterFiguresIT extends IntakeIntegrationTest {

    private static final ProvinceId LAM_DONG = ProvinceId.parse("P34:68");
    private static final Quarter NEXT_QUARTER = Quarter.parse("2026-Q2");

    @Autowired
    WarehouseCheckContexts contexts;

    @Autowired
    SubmissionReports reports;

    @Test
    void theNextQuarterSeesEachProjectsCapitalAndEachOcopCountOfTheLoadedQuarter() throws Exception {
        intake.load(WorkbookFixtures.valid().writeXlsx(work), "so-cong-thuong-lam-dong");
        PreviousQuarterFigures previous = contexts.create().previousQuarter();

        assertThat(previous.registeredCapital(LAM_DONG, NEXT_QUARTER, "LD-001")).map(Object::toString).hasValue("1250.500");
        assertThat(previous.registeredCapital(LAM_DONG, NEXT_QUARTER, "LD-002")).map(Object::toString).hasValue("420.000");
        assertThat(previous.registeredCapital(LAM_DONG, NEXT_QUARTER, "LD-003")).map(Object::toString).hasValue("85.250");
        assertThat(previous.registeredCapital(LAM_DONG, NEXT_QUARTER, "LD-004")).isEmpty();
        assertThat(previous.recognisedProducts(LAM_DONG, NEXT_QUARTER, "OCOP148-1", 3)).hasValue(80);
        assertThat(previous.recognisedProducts(LAM_DONG, NEXT_QUARTER, "OCOP148-1", 4)).isEmpty();
    }

    @Test
    void theNextQuartersLoadWarnsAtTheCellOfACapitalThatChangedTenfoldAndOfAnOcopCountThatFell() throws Exception {
        Path lastQuarter = Files.createDirectories(work.resolve("2025-Q4"));
        intake.load(WorkbookFixtures.valid().cover("Kỳ báo cáo", "2025-Q4")
                .set("SuKien", 2, "Ngày bắt đầu", LocalDate.of(2025, 10, 15))
                .set("SuKien", 2, "Ngày kết thúc", LocalDate.of(2025, 10, 18))
                .writeXlsx(lastQuarter), "so-cong-thuong-lam-dong");
        WorkbookFixtures next = WorkbookFixtures.valid()
                .set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 4_200.5)
                .set("OCOP", 2, "Số sản phẩm đạt OCOP", 79);

        SubmissionIntake.IntakeResult result = intake.load(next.writeXlsx(work), "so-cong-thuong-lam-dong");

        assertThat(result.submission().status()).as(reports.problems(result.submission().id(), 10).toString())
                .isEqualTo(SubmissionStatus.LOADED);
        assertThat(reports.problems(result.submission().id(), 10))
                .filteredOn(problem -> problem.severity().equals("warning"))
                .extracting(SubmissionReports.ProblemLine::cell, SubmissionReports.ProblemLine::code)
                .contains(tuple("DuAn!F3", "INV_CAPITAL_CHANGED_TENFOLD"), tuple("OCOP!D2", "OCOP_COUNT_FELL"));
    }

    @Test
    void theLoadedQuarterItselfAndAnotherProvinceHaveNothingToCompareWith() throws Exception {
        intake.load(WorkbookFixtures.valid().writeXlsx(work), "so-cong-thuong-lam-dong");
        PreviousQuarterFigures previous = contexts.create().previousQuarter();

        assertThat(previous.registeredCapital(LAM_DONG, Quarter.parse("2026-Q1"), "LD-001")).isEmpty();
        assertThat(previous.registeredCapital(ProvinceId.parse("P34:79"), NEXT_QUARTER, "LD-001")).isEmpty();
        assertThat(previous.registeredCapital(LAM_DONG, NEXT_QUARTER, "LD-001")).as("asked again after other questions")
                .map(Object::toString).hasValue("1250.500");
    }
}
