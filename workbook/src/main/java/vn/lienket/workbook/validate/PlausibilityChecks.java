package vn.lienket.workbook.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.rows.CoverInfo;

/**
 * Warnings against the province's previous accepted quarter: figures that are allowed but unlikely,
 * such as a project's registered capital changing more than tenfold (a unit typed in million instead
 * of billion VND) or an OCOP count falling (certificates lapse after 36 months, but rarely in bulk).
 */
final class PlausibilityChecks {

    private final ValidationSession session;
    private final RowProblems problems;

    PlausibilityChecks(ValidationSession session, RowProblems problems) {
        this.session = session;
        this.problems = problems;
    }

    void check(String sheetKey, ParsedRow row, ColumnLocator columns) {
        CoverInfo cover = session.cover();
        if (cover == null) {
            return;
        }
        if (WorkbookContract.INVESTMENT.equals(sheetKey)) {
            capital(row, columns, cover);
        } else if (WorkbookContract.OCOP.equals(sheetKey)) {
            ocopCount(row, columns, cover);
        }
    }

    private void capital(ParsedRow row, ColumnLocator columns, CoverInfo cover) {
        BigDecimal now = row.decimal("registered_capital");
        String code = row.text("project_code");
        if (now == null || code == null || now.signum() <= 0) {
            return;
        }
        Optional<BigDecimal> before = session.previous.registeredCapital(cover.province(), cover.quarter(), code);
        BigDecimal factor = session.contract.capitalChangeFactor();
        if (before.isEmpty() || before.get().signum() <= 0 || factor == null) {
            return;
        }
        BigDecimal larger = now.max(before.get());
        BigDecimal smaller = now.min(before.get());
        if (larger.divide(smaller, 6, RoundingMode.HALF_UP).compareTo(factor) > 0) {
            ColumnContract column = columns.column("registered_capital");
            problems.cell(columns.index("registered_capital"), column, "INV_CAPITAL_CHANGED_TENFOLD", Severity.WARNING,
                    now.stripTrailingZeros().toPlainString(), before.get(), factor);
        }
    }

    private void ocopCount(ParsedRow row, ColumnLocator columns, CoverInfo cover) {
        BigDecimal now = row.decimal("recognised");
        String group = row.text("group");
        String star = row.text("star");
        if (now == null || group == null || star == null) {
            return;
        }
        OptionalLong before = session.previous.recognisedProducts(cover.province(), cover.quarter(), group,
                Integer.parseInt(star));
        if (before.isPresent() && now.longValue() < before.getAsLong()) {
            problems.cell(columns.index("recognised"), columns.column("recognised"), "OCOP_COUNT_FELL", Severity.WARNING,
                    now.stripTrailingZeros().toPlainString(), before.getAsLong());
        }
    }

    /** Where a field sits in this sheet (columns are matched by header, so positions differ per file). */
    interface ColumnLocator {
        int index(String field);

        ColumnContract column(String field);
    }
}
