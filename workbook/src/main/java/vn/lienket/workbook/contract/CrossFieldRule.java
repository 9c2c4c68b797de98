package vn.lienket.workbook.contract;

import java.util.List;
import vn.lienket.workbook.report.Severity;

/**
 * "The sum of {@code left} must not exceed {@code right}", for numbers (disbursed ≤ registered,
 * newly + re-recognised ≤ recognised) and for a single date (start ≤ end). The problem is
 * reported on the {@code anchor} column. Rows where any operand is blank are not checked.
 */
public record CrossFieldRule(String code, Severity severity, List<String> left, String right, String anchor) {

    public CrossFieldRule {
        left = List.copyOf(left);
    }
}
