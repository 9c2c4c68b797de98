package vn.lienket.workbook.read;

/** The container format, decided from the file's first bytes. */
public enum WorkbookFormat {
    XLSX, XLS
}
