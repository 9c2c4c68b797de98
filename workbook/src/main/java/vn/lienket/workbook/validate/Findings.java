package vn.lienket.workbook.validate;

import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.report.Messages;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.report.ValidationReport;

/**
 * Writes problems into the report with both messages filled in. Arguments follow the convention
 * of the bundles: {0} the value as written, {1} the column header, then the check's own.
 */
final class Findings {

    /**
     * A value longer than this is shortened (with "…") in the problem and its two messages: a cell may
     * hold 32,767 characters, and thousands of problems each carrying it three times would fill the heap.
     */
    static final int VALUE_SHOWN_CHARS = 200;

    private final Messages messages;
    private final ValidationReport report;

    Findings(Messages messages, ValidationReport report) {
        this.messages = messages;
        this.report = report;
    }

    ValidationReport report() {
        return report;
    }

    void cell(String sheet, int row, int column, String code, Severity severity, String value,
              ColumnContract header, Object... extra) {
        Localised name = header == null ? new Localised("", "") : new Localised(header.headerVi(), header.nameEn());
        add(sheet, row, column, code, severity, value, name, extra);
    }

    /** Counts {@code times} problems of {@code code} that the report cannot list anyway (its limit per code is reached). */
    void countUnlisted(String sheet, String code, Severity severity, long times) {
        report.countUnkept(sheet, code, severity, times);
    }

    void row(String sheet, int row, String code, Severity severity, Object... extra) {
        add(sheet, row, -1, code, severity, null, new Localised("", ""), extra);
    }

    void sheet(String sheet, String code, Severity severity, String value, Object... extra) {
        add(sheet, 0, -1, code, severity, value, new Localised("", ""), extra);
    }

    private void add(String sheet, int row, int column, String code, Severity severity, String fullValue,
                     Localised header, Object... extra) {
        if (!report.keeps(code)) {
            report.countUnkept(sheet, code, severity, 1);
            return;
        }
        String value = abbreviated(fullValue);
        Object[] vi = new Object[extra.length + 2];
        Object[] en = new Object[extra.length + 2];
        vi[0] = value == null ? "" : value;
        en[0] = vi[0];
        vi[1] = header.vi();
        en[1] = header.en();
        for (int i = 0; i < extra.length; i++) {
            vi[i + 2] = extra[i] instanceof Localised l ? l.vi() : extra[i];
            en[i + 2] = extra[i] instanceof Localised l ? l.en() : extra[i];
        }
        String key = "problem." + code;
        report.add(new Problem(sheet, reference(sheet, row, column), row, column, code, severity, value,
                messages.vietnamese(key, vi), messages.english(key, en)));
    }

    static String abbreviated(String value) {
        return value == null || value.length() <= VALUE_SHOWN_CHARS ? value : value.substring(0, VALUE_SHOWN_CHARS - 1) + "…";
    }

    static String reference(String sheet, int row, int column) {
        String quoted = SheetNameFormatter.format(sheet);
        if (row <= 0) {
            return quoted;
        }
        if (column < 0) {
            return quoted + "!" + row + ":" + row;
        }
        return quoted + "!" + CellReference.convertNumToColString(column) + row;
    }
}
