package vn.lienket.workbook;

import java.util.Optional;
import vn.lienket.workbook.report.ValidationReport;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.rows.CoverInfo;

/** The verdict, the full report, and the resolved cover when it was valid. */
public record CheckResult(ValidationReport report, Optional<CoverInfo> cover) {

    public Verdict verdict() {
        return report.verdict();
    }

    /** 0 valid, 1 errors, 2 unreadable: what {@code lienket check} exits with. */
    public int exitCode() {
        return verdict().exitCode();
    }
}
