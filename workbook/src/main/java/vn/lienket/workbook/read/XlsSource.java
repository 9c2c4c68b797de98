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

    private final HSSFWorkbook workbook;

    XlsSource(HSSFWorkbook workbook) {
        this.workbook = workbook;
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
    public void forEachRow(String sheetName, Consumer<SourceRow> rows) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new IllegalArgumentException("no sheet " + sheetName);
        }
        for (Row row : sheet) {
            CellValue[] cells = new CellValue[Math.max(row.getLastCellNum(), 0)];
            for (Cell cell : row) {
                cells[cell.getColumnIndex()] = convert(cell, cell.getCellType());
            }
            rows.accept(new SourceRow(row.getRowNum() + 1, cells));
        }
    }

    private static CellValue convert(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> CellValue.number(cell.getNumericCellValue());
            case STRING -> CellValue.text(cell.getStringCellValue());
            case BOOLEAN -> CellValue.bool(cell.getBooleanCellValue());
            case ERROR -> CellValue.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            case FORMULA -> convert(cell, cell.getCachedFormulaResultType());
            case BLANK, _NONE -> null;
        };
    }

    @Override
    public void close() {
        WorkbookSources.close(workbook);
    }
}
