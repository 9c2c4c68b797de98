/**
 * One reader abstraction for every workbook format: {@link vn.lienket.workbook.read.WorkbookSource}
 * streams rows of {@link vn.lienket.workbook.read.CellValue}s, so validation never knows whether the
 * file was .xlsx (parts found with POI's package API, sheets parsed straight from StAX events,
 * constant memory) or .xls (POI HSSF; the format caps
 * a sheet at 65,536 rows). {@link vn.lienket.workbook.read.WorkbookSources#open} decides the format
 * from the file's bytes, not its name, and turns every unreadable file into an
 * {@link vn.lienket.workbook.read.UnreadableWorkbookException} with a reason, including a file beyond
 * the {@link vn.lienket.workbook.WorkbookLimits} (size, shared strings, one cell's text). An .xlsx sheet is
 * parsed on a background thread ({@code ReadAheadSource}) while the caller
 * consumes the rows already read, on its own thread and in order.
 */
package vn.lienket.workbook.read;
