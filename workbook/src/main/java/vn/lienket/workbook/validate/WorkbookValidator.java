package vn.lienket.workbook.validate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lienket.workbook.contract.Layout;
import vn.lienket.workbook.contract.SheetContract;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.normalise.Folding;
import vn.lienket.workbook.normalise.NumberConvention;
import vn.lienket.workbook.normalise.NumberReader;
import vn.lienket.workbook.read.UnreadableWorkbookException;
import vn.lienket.workbook.read.WorkbookSource;
import vn.lienket.workbook.reference.OcopGroupCatalogue;
import vn.lienket.workbook.reference.PreviousQuarterFigures;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.report.Messages;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.report.ValidationReport;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.RowSink;

/**
 * Validates an open workbook against a contract: sheets are found by folded name or synonym, the
 * cover is checked first, then every table sheet in contract order, streaming.
 */
public final class WorkbookValidator {

    private final WorkbookContract contract;
    private final Messages messages;
    private final ProvinceDirectory provinces;
    private final OcopGroupCatalogue ocopGroups;
    private final PreviousQuarterFigures previous;

    public WorkbookValidator(WorkbookContract contract, Messages messages, ProvinceDirectory provinces,
                             OcopGroupCatalogue ocopGroups, PreviousQuarterFigures previous) {
        this.contract = contract;
        this.messages = messages;
        this.provinces = provinces;
        this.ocopGroups = ocopGroups;
        this.previous = previous;
    }

    /** Returns the resolved cover when it was valid (only then did rows reach the sink). */
    public Optional<CoverInfo> validate(WorkbookSource source, LocalDate today, RowSink sink, ValidationReport report) {
        Findings findings = new Findings(messages, report);
        NumberReader numbers = new NumberReader(NumberConvention.valueOf(contract.numberConventionDefault().toUpperCase()));
        ValidationSession session = new ValidationSession(contract, findings, numbers, source.date1904(), provinces,
                ocopGroups, previous, today, sink);
        if (source.hasMacros()) {
            findings.sheet("", "WORKBOOK_MACROS", Severity.WARNING, report.fileName());
        }
        Map<String, String> sheetByKey = locateSheets(source.sheetNames(), findings);
        for (SheetContract sheet : contract.sheets()) {
            String name = sheetByKey.get(sheet.key());
            if (name == null) {
                findings.sheet(sheet.name(), "SHEET_MISSING", Severity.ERROR, null, sheet.name());
                continue;
            }
            report.sheet(name, sheet.key());
            if (sheet.layout() == Layout.KEY_VALUE) {
                CoverValidator cover = new CoverValidator(sheet, name, session);
                source.forEachRow(name, cover::accept);
                cover.finish();
            } else {
                TableSheetValidator table = new TableSheetValidator(sheet, name, session);
                source.forEachRow(name, table);
                table.finish();
            }
        }
        numbers.decided().ifPresent(c -> report.numberConvention(c.name().toLowerCase()));
        return Optional.ofNullable(session.cover());
    }

    /** Records that the file could not be read, with a message telling the department what to do. */
    public void unreadable(UnreadableWorkbookException failure, ValidationReport report) {
        report.unreadable(failure.reason().name(), failure.getMessage());
        new Findings(messages, report).sheet("", "FILE_UNREADABLE_" + failure.reason().name(), Severity.ERROR,
                report.fileName());
    }

    private Map<String, String> locateSheets(List<String> names, Findings findings) {
        Map<String, String> byKey = new HashMap<>();
        List<String> ignored = contract.ignoredSheets().stream().map(Folding::fold).toList();
        for (String name : names) {
            String folded = Folding.fold(name);
            Optional<SheetContract> sheet = contract.sheets().stream()
                    .filter(s -> Folding.fold(s.name()).equals(folded)
                            || s.synonyms().stream().map(Folding::fold).anyMatch(folded::equals))
                    .findFirst();
            if (sheet.isPresent() && !byKey.containsKey(sheet.get().key())) {
                byKey.put(sheet.get().key(), name);
            } else if (sheet.isPresent()) {
                // two sheets claim the same part ("DuAn" and "DUAN"): which figures are right is the department's call
                findings.sheet(name, "SHEET_DUPLICATE", Severity.ERROR, name, byKey.get(sheet.get().key()));
            } else if (!ignored.contains(folded)) {
                findings.sheet(name, "SHEET_UNKNOWN", Severity.WARNING, name);
            }
        }
        return byKey;
    }
}
