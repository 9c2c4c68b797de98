package vn.lienket.workbook.read;

/** Why a file could not be read at all; the check's verdict is then "unreadable" (exit code 2). */
public enum UnreadableReason {
    /** Zero bytes. */
    EMPTY,
    /** Not an Excel workbook (a PDF, a CSV, a Word file, an HTML page renamed .xls …). */
    NOT_EXCEL,
    /** Password-protected: the department must save it without a password. */
    ENCRYPTED,
    /** Excel 5.0/95 or older, which POI cannot read. */
    OLD_FORMAT,
    /** Compression ratio or size beyond the zip-bomb limits (POI ZipSecureFile's, see XlsxPackage): refused as a possible zip bomb. */
    ZIP_BOMB,
    /**
     * Bigger than one submission may be (the file, its shared strings or one cell's text, see
     * {@link vn.lienket.workbook.WorkbookLimits}): refused before it can exhaust memory.
     */
    TOO_LARGE,
    /** Looks like Excel but its content is damaged or truncated. */
    CORRUPT
}
