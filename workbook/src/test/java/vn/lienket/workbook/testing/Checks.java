package vn.lienket.workbook.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lienket.workbook.CheckContext;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.WorkbookChecker;
import vn.lienket.workbook.WorkbookLimits;
import vn.lienket.workbook.reference.PreviousQuarterFigures;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.rows.RowSink;

/** Runs the checker as the CLI would, on 10 May 2026, collecting what reaches the sink. */
public final class Checks {

    public static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final WorkbookChecker CHECKER = new WorkbookChecker();

    public final List<CoverInfo> covers = new ArrayList<>();
    public final List<InvestmentProjectRow> projects = new ArrayList<>();
    public final List<OcopCountRow> ocopCounts = new ArrayList<>();
    public final List<PromotionEventRow> events = new ArrayList<>();
    public CheckResult result;

    public static Checks run(Path file) {
        return run(file, PreviousQuarterFigures.none());
    }

    public static Checks run(Path file, PreviousQuarterFigures previous) {
        return run(file, previous, WorkbookLimits.DEFAULTS);
    }

    /** As {@link #run(Path, PreviousQuarterFigures)}, within other limits than the defaults. */
    public static Checks run(Path file, PreviousQuarterFigures previous, WorkbookLimits limits) {
        Checks checks = new Checks();
        checks.result = CHECKER.check(file, context(previous).withLimits(limits), checks.sink());
        return checks;
    }

    /** Writes the fixtures as .xlsx into {@code directory} and checks the file. */
    public static Checks run(WorkbookFixtures fixtures, Path directory) {
        return run(fixtures.writeXlsx(directory));
    }

    /** A check whose rows go to the caller's own sink (e.g. one that only counts, for a million rows). */
    public static CheckResult runWith(Path file, RowSink sink) {
        return runWith(file, sink, WorkbookLimits.DEFAULTS);
    }

    /** As {@link #runWith(Path, RowSink)}, within other limits than the defaults. */
    public static CheckResult runWith(Path file, RowSink sink, WorkbookLimits limits) {
        return CHECKER.check(file, context(PreviousQuarterFigures.none()).withLimits(limits), sink);
    }

    private static CheckContext context(PreviousQuarterFigures previous) {
        return new CheckContext(new TestProvinces(), new TestOcopGroups(), previous, TODAY, WorkbookLimits.DEFAULTS);
    }

    public List<Problem> problems() {
        return result.report().problems();
    }

    public List<Problem> problems(String code) {
        return problems().stream().filter(p -> p.code().equals(code)).toList();
    }

    public Problem only(String code) {
        List<Problem> found = problems(code);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + code + " but found " + found + "; all: " + problems());
        }
        return found.get(0);
    }

    private RowSink sink() {
        return new RowSink() {
            @Override
            public void cover(CoverInfo cover) {
                covers.add(cover);
            }

            @Override
            public void investmentProject(InvestmentProjectRow row) {
                projects.add(row);
            }

            @Override
            public void ocopCount(OcopCountRow row) {
                ocopCounts.add(row);
            }

            @Override
            public void promotionEvent(PromotionEventRow row) {
                events.add(row);
            }
        };
    }
}
