package vn.lienket.workbook.contract;

/** A table sheet has a header row and one record per row; a key-value sheet has label/value pairs. */
public enum Layout {
    TABLE, KEY_VALUE
}
