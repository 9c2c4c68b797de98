package vn.lienket.workbook;

import java.nio.file.Path;
import java.util.Optional;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.read.UnreadableWorkbookException;
import vn.lienket.workbook.read.WorkbookSource;
import vn.lienket.workbook.read.WorkbookSources;
import vn.lienket.workbook.report.Messages;
import vn.lienket.workbook.report.ValidationReport;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.RowSink;
import vn.lienket.workbook.validate.WorkbookValidator;

/**
 * Checks one workbook file: opens it (either format), validates it against the contract while
 * streaming typed rows to the sink, and returns the verdict with the report. Never throws for a bad
 * file: an unreadable one yields verdict UNREADABLE with the reason in the report. Thread-safe; one
 * instance can serve many checks. An .xlsx sheet is parsed on a background thread, but the sink is
 * always called on the thread that called {@code check}, in sheet and row order.
 */
public final class WorkbookChecker {

    private final WorkbookContract contract;
    private final Messages messages = new Messages();

    /** A checker under the newest released contract version. */
    public WorkbookChecker() {
        this(WorkbookContracts.released().latest());
    }

    public WorkbookChecker(WorkbookContract contract) {
        this.contract = contract;
    }

    public WorkbookContract contract() {
        return contract;
    }

    public CheckResult check(Path file, CheckContext context, RowSink sink) {
        return check(file, file.getFileName().toString(), context, sink);
    }

    /**
     * Checks {@code file} under the name its sender gave it, which the report and its messages use
     * (the load job checks the archived copy, named by its hash).
     */
    public CheckResult check(Path file, String fileName, CheckContext context, RowSink sink) {
        WorkbookLimits limits = context.limits();
        ValidationReport report = new ValidationReport(contract.version(), fileName, limits.maxStoredProblems(),
                limits.maxProblemsPerCode());
        WorkbookValidator validator = new WorkbookValidator(contract, messages, context.provinces(),
                context.ocopGroups(), context.previousQuarter());
        Optional<CoverInfo> cover = Optional.empty();
        try (WorkbookSource source = WorkbookSources.open(file, limits)) {
            cover = validator.validate(source, context.today(), sink, report);
        } catch (UnreadableWorkbookException e) {
            validator.unreadable(e, report);
        }
        return new CheckResult(report, cover);
    }
}
