package vn.lienket.workbook.contract;

/** How a cell's content is read; see {@code docs/workbook-contract.md} for what each accepts. */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, DATE, ENUM, PROVINCE, PROVINCE_LIST, OCOP_GROUP, QUARTER
}
