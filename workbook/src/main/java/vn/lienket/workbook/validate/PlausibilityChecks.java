package vn.lienket.workbook.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
 * <p>
 * The previous quarter's projects may be a million, read while the check goes on
 * ({@link vn.lienket.workbook.reference.PreviousQuarterFigures#prepare}): the capitals of the rows read before they
 * are ready wait in {@link #pending} and are compared, in row order, as soon as they are. Capital warnings are
 * written into the report at the end of the sheet, in row order, whenever the figures arrived: the report of a file
 * is the same from one run to the next (a replay compares them).
 */
final class PlausibilityChecks {

    static final String CAPITAL_CHANGED = "INV_CAPITAL_CHANGED_TENFOLD";
    /** Rows whose capital waits for the figures, at most: past it, the check waits for them (bounded heap). */
    static final int PENDING_LIMIT = 1 << 18;

    private final ValidationSession session;
    private final RowProblems problems;
    private final List<PendingCapital> pending = new ArrayList<>();
    /** Changes found so far, as many as the report can list (its limit per code); the others only counted. */
    private final List<CapitalChange> changes = new ArrayList<>();
    private long changesNotListed;
    /** Once the figures are ready they stay so (one cover, one province and quarter, per check). */
    private boolean figuresReady;

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
            capital(row, cover);
        } else if (WorkbookContract.OCOP.equals(sheetKey)) {
            ocopCount(row, columns, cover);
        }
    }

    /** The sheet has ended: the capitals still pending are compared and the changes found are warned, in row order. */
    void finish(ColumnLocator columns) {
        CoverInfo cover = session.cover();
        if (cover != null) {
            comparePending(cover);
        }
        if (changes.isEmpty() && changesNotListed == 0) {
            return;
        }
        ColumnContract column = columns.column("registered_capital");
        int index = columns.index("registered_capital");
        BigDecimal factor = session.contract.capitalChangeFactor();
        for (CapitalChange change : changes) {
            session.findings.cell(problems.sheet(), change.row(), index, CAPITAL_CHANGED, Severity.WARNING,
                    change.now().stripTrailingZeros().toPlainString(), column, change.before(), factor);
        }
        session.findings.countUnlisted(problems.sheet(), CAPITAL_CHANGED, Severity.WARNING, changesNotListed);
        changes.clear();
        changesNotListed = 0;
    }

    private void capital(ParsedRow row, CoverInfo cover) {
        BigDecimal now = row.decimal("registered_capital");
        String code = row.text("project_code");
        if (now == null || code == null || now.signum() <= 0 || session.contract.capitalChangeFactor() == null) {
            return;
        }
        figuresReady = figuresReady || session.previous.ready(cover.province(), cover.quarter());
        if (!figuresReady && pending.size() < PENDING_LIMIT) {
            pending.add(new PendingCapital(problems.row(), code, now));
            return;
        }
        comparePending(cover);
        compare(problems.row(), code, now, cover);
    }

    /** Compares the pending rows, in row order; the first comparison waits for the figures if they are not ready. */
    private void comparePending(CoverInfo cover) {
        if (pending.isEmpty()) {
            return;
        }
        for (PendingCapital row : pending) {
            compare(row.row(), row.projectCode(), row.now(), cover);
        }
        pending.clear();
    }

    private void compare(int row, String code, BigDecimal now, CoverInfo cover) {
        Optional<BigDecimal> before = session.previous.registeredCapital(cover.province(), cover.quarter(), code);
        BigDecimal factor = session.contract.capitalChangeFactor();
        if (before.isEmpty() || before.get().signum() <= 0) {
            return;
        }
        BigDecimal larger = now.max(before.get());
        BigDecimal smaller = now.min(before.get());
        if (larger.divide(smaller, 6, RoundingMode.HALF_UP).compareTo(factor) > 0) {
            if (changes.size() < session.findings.report().maxProblemsPerCode()) {
                changes.add(new CapitalChange(row, now, before.get()));
            } else {
                changesNotListed++;
            }
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

    /** A row's capital read before the previous quarter's figures were ready. */
    private record PendingCapital(int row, String projectCode, BigDecimal now) {
    }

    /** A capital that changed more than the contract's factor since the previous quarter. */
    private record CapitalChange(int row, BigDecimal now, BigDecimal before) {
    }

    /** Where a field sits in this sheet (columns are matched by header, so positions differ per file). */
    interface ColumnLocator {
        int index(String field);

        ColumnContract column(String field);
    }
}
