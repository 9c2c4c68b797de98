package vn.lienket.workbook.read;

/** What a non-blank cell holds (formula cells are reported by the type of their cached value). */
public enum CellKind {
    TEXT, NUMBER, BOOLEAN, ERROR
}
