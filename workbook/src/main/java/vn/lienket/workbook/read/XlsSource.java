package vn.lienket.workbook.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads .xls (BIFF8) with POI HSSF. The whole workbook is in memory, which the format bounds: an
 * .xls sheet holds at most 65,536 rows, a few tens of MB of heap at worst.
 */
final class XlsSource implements WorkbookSource {

    /** Where an .xls keeps its VBA project, when it has one. */
    private static final String VBA_STORAGE = "_VBA_PROJECT_CUR";

    private final HSSFWorkbook workbook;
    private final boolean withFormats;

    XlsSource(HSSFWorkbook workbook, boolean withFormats) {
        this.workbook = workbook;
        this.withFormats = withFormats;
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLS;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public boolean date1904() {
        return workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public boolean hasMacros() {
        return workbook.getDirectory().hasEntry(VBA_STORAGE);
    }

    @Override
    public void forEachRow(String sheetName, Consumer<SourceRow> rows) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new IllegalArgumentException("no sheet " + sheetName);
        }
        for (Row row : sheet) {
            CellValue[] cells = new CellValue[Math.max(row.getLastCellNum(), 0)];
            for (Cell cell : row) {
                cells[cell.getColumnIndex()] = convert(cell, cell.getCellType(), withFormats);
            }
            rows.accept(new SourceRow(row.getRowNum() + 1, cells));
        }
    }

    private static CellValue convert(Cell cell, CellType type, boolean withFormats) {
        return switch (type) {
            case NUMERIC -> withFormats ? CellValue.number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString())
                    : CellValue.number(cell.getNumericCellValue());
            case STRING -> CellValue.text(cell.getStringCellValue());
            case BOOLEAN -> CellValue.bool(cell.getBooleanCellValue());
            case ERROR -> CellValue.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            case FORMULA -> convert(cell, cell.getCachedFormulaResultType(), withFormats);
            case BLANK, _NONE -> null;
        };
    }

    @Override
    public void close() {
        WorkbookSources.close(workbook);
    }
}
