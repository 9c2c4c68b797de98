package vn.lienket.workbook.validate;

import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.report.Severity;

/** Problems of the row being checked, remembering whether any was an error (then it is no fact row). */
final class RowProblems {

    private final Findings findings;
    private final String sheet;
    private int row;
    private boolean errors;

    RowProblems(Findings findings, String sheet) {
        this.findings = findings;
        this.sheet = sheet;
    }

    void start(int rowNumber) {
        this.row = rowNumber;
        this.errors = false;
    }

    int row() {
        return row;
    }

    String sheet() {
        return sheet;
    }

    boolean hasErrors() {
        return errors;
    }

    void cell(int column, ColumnContract header, String code, Severity severity, String value, Object... extra) {
        errors |= severity == Severity.ERROR;
        findings.cell(sheet, row, column, code, severity, value, header, extra);
    }

    void whole(String code, Severity severity, Object... extra) {
        errors |= severity == Severity.ERROR;
        findings.row(sheet, row, code, severity, extra);
    }
}
