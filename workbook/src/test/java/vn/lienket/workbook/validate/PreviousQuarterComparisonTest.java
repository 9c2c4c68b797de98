package vn.lienket.workbook.validate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.WorkbookLimits;
import vn.lienket.workbook.reference.PreviousQuarterFigures;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The previous quarter's figures may arrive while the rows are being checked (a million projects are read on a
 * thread of their own): the report is the same whenever they arrive, so that a replay of the file gives the same one.
 */
class PreviousQuarterComparisonTest {

    private static final String CHANGED = "INV_CAPITAL_CHANGED_TENFOLD";

    @TempDir
    Path dir;

    @Test
    void theReportIsTheSameWhetherTheFiguresAreReadyAtOnceLateOrOnlyAtTheEndOfTheSheet() {
        Path file = thirtyProjects().writeXlsx(dir);

        List<Problem> atOnce = Checks.run(file, new FiguresReadyAfter(0)).problems();
        List<Problem> late = Checks.run(file, new FiguresReadyAfter(12)).problems();
        List<Problem> never = Checks.run(file, new FiguresReadyAfter(Integer.MAX_VALUE)).problems();

        assertThat(atOnce).filteredOn(p -> p.code().equals(CHANGED)).extracting(Problem::cell)
                .as("every other new project, at its capital's cell, in row order")
                .containsExactly("DuAn!F6", "DuAn!F8", "DuAn!F10", "DuAn!F12", "DuAn!F14", "DuAn!F16", "DuAn!F18", "DuAn!F20",
                        "DuAn!F22", "DuAn!F24", "DuAn!F26", "DuAn!F28", "DuAn!F30", "DuAn!F32", "DuAn!F34");
        assertThat(atOnce).filteredOn(p -> p.code().equals(CHANGED)).first().extracting(Problem::messageVi)
                .isEqualTo("Vốn đăng ký 100 tỷ đồng thay đổi hơn 10 lần so với quý trước (5 tỷ đồng). "
                        + "Hãy kiểm tra đơn vị tính (tỷ đồng).");
        assertThat(atOnce).as("other problems of the same rows").anyMatch(p -> !p.code().equals(CHANGED) && p.row() == 6);
        assertThat(late).isEqualTo(atOnce);
        assertThat(never).isEqualTo(atOnce);
    }

    @Test
    void pastTheReportsLimitPerCodeTheFirstChangesAreListedAndAllAreCounted() {
        Path file = thirtyProjects().writeXlsx(dir);
        WorkbookLimits fivePerCode = new WorkbookLimits(WorkbookLimits.DEFAULTS.maxFileBytes(),
                WorkbookLimits.DEFAULTS.maxSharedStrings(), WorkbookLimits.DEFAULTS.maxSharedStringChars(),
                WorkbookLimits.DEFAULTS.maxCellChars(), WorkbookLimits.DEFAULTS.maxStoredProblems(), 5);

        for (int readyAfter : new int[] {0, 7, Integer.MAX_VALUE}) {
            Checks checks = Checks.run(file, new FiguresReadyAfter(readyAfter), fivePerCode);

            assertThat(checks.problems(CHANGED)).extracting(Problem::cell).as("figures ready after %d rows", readyAfter)
                    .containsExactly("DuAn!F6", "DuAn!F8", "DuAn!F10", "DuAn!F12", "DuAn!F14");
            assertThat(checks.result.report().countsByCode()).containsEntry(CHANGED, 15L);
            assertThat(checks.result.report().problemsTruncated()).isTrue();
        }
    }

    /** The valid workbook with 30 more projects LD-100…LD-129 (rows 5–34), each registered at 100 bn VND. */
    private static WorkbookFixtures thirtyProjects() {
        WorkbookFixtures fixtures = WorkbookFixtures.valid();
        for (int i = 0; i < 30; i++) {
            // the project on row 6 (LD-101) also has a negative number of jobs: a problem of another code on the same row
            int jobs = i == 1 ? -3 : 10;
            fixtures.addRow("DuAn", 4 + i, "LD-" + (100 + i), "Dự án " + i, "Công ty " + i, "Du lịch", 100, 50, 5,
                    "Đang triển khai", LocalDate.of(2024, 1, 1), null, jobs, null);
        }
        return fixtures;
    }

    /**
     * Last quarter, projects LD-100… were registered at 5 bn VND (odd numbers, on even rows) or 90 (even numbers): every
     * odd project's capital changed twentyfold. Not ready until asked {@code readyAfter} times.
     */
    private static final class FiguresReadyAfter implements PreviousQuarterFigures {
        private final int readyAfter;
        private int asked;

        FiguresReadyAfter(int readyAfter) {
            this.readyAfter = readyAfter;
        }

        @Override
        public boolean ready(ProvinceId province, Quarter quarter) {
            return asked++ >= readyAfter;
        }

        @Override
        public Optional<BigDecimal> registeredCapital(ProvinceId province, Quarter quarter, String projectCode) {
            if (!projectCode.startsWith("LD-1")) {
                return Optional.empty();
            }
            int number = Integer.parseInt(projectCode.substring(3));
            return Optional.of(new BigDecimal(number % 2 == 1 ? "5" : "90"));
        }

        @Override
        public OptionalLong recognisedProducts(ProvinceId province, Quarter quarter, String ocopGroupCode, int star) {
            return OptionalLong.empty();
        }
    }
}
