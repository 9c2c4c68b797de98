package vn.lienket.workbook;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import vn.lienket.workbook.contract.ContractLoader;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.read.UnreadableWorkbookException;
import vn.lienket.workbook.read.WorkbookSource;
import vn.lienket.workbook.read.WorkbookSources;
import vn.lienket.workbook.report.Messages;
import vn.lienket.workbook.report.ValidationReport;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.rows.RowSink;
import vn.lienket.workbook.validate.WorkbookValidator;

/**
 * Checks one workbook file: opens it (either format), validates it against the contract while
 * streaming typed rows to the sink, and returns the verdict with the report. Never throws for a bad
 * file: an unreadable one yields verdict UNREADABLE with the reason in the report. Thread-safe; one
 * instance can serve many checks.
 */
public final class WorkbookChecker {

    private final WorkbookContract contract;
    private final Messages messages = new Messages();

    public WorkbookChecker() {
        this(ContractLoader.current());
    }

    public WorkbookChecker(WorkbookContract contract) {
        this.contract = contract;
    }

    public WorkbookContract contract() {
        return contract;
    }

    public CheckResult check(Path file, CheckContext context, RowSink sink) {
        ValidationReport report = new ValidationReport(contract.version(), file.getFileName().toString(),
                context.maxStoredProblems());
        WorkbookValidator validator = new WorkbookValidator(contract, messages, context.provinces(),
                context.ocopGroups(), context.previousQuarter());
        CoverCapture capture = new CoverCapture(sink);
        try (WorkbookSource source = WorkbookSources.open(file)) {
            validator.validate(source, context.today(), capture, report);
        } catch (UnreadableWorkbookException e) {
            validator.unreadable(e, report);
        }
        return new CheckResult(report, Optional.ofNullable(capture.cover.get()));
    }

    /** Remembers the cover on its way to the caller's sink, for the result. */
    private static final class CoverCapture implements RowSink {
        private final RowSink target;
        private final AtomicReference<CoverInfo> cover = new AtomicReference<>();

        private CoverCapture(RowSink target) {
            this.target = target;
        }

        @Override
        public void cover(CoverInfo info) {
            cover.set(info);
            target.cover(info);
        }

        @Override
        public void investmentProject(InvestmentProjectRow row) {
            target.investmentProject(row);
        }

        @Override
        public void ocopCount(OcopCountRow row) {
            target.ocopCount(row);
        }

        @Override
        public void promotionEvent(PromotionEventRow row) {
            target.promotionEvent(row);
        }
    }
}
