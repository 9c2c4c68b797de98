package vn.lienket.workbook.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Streams .xlsx sheets with fastexcel-reader: one row in memory at a time, whatever the sheet size. */
final class XlsxSource implements WorkbookSource {

    private static final Set<String> FORMULA_ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!");

    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;

    private final boolean withFormats;

    XlsxSource(Path file, boolean withFormats) throws IOException {
        this.withFormats = withFormats;
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(withFormats, false));
        try (Stream<Sheet> all = workbook.getSheets()) {
            this.sheets = all.toList();
        }
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLSX;
    }

    @Override
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::getName).toList();
    }

    @Override
    public boolean date1904() {
        return workbook.isDate1904();
    }

    @Override
    public void forEachRow(String sheetName, Consumer<SourceRow> rows) {
        Sheet sheet = sheets.stream().filter(s -> s.getName().equals(sheetName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sheet " + sheetName));
        try (Stream<Row> stream = sheet.openStream()) {
            stream.forEach(row -> rows.accept(convert(row)));
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableWorkbookException(UnreadableReason.CORRUPT, "sheet " + sheetName + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof UnreadableWorkbookException || isCallerFailure(e)) {
                throw e;
            }
            throw new UnreadableWorkbookException(UnreadableReason.CORRUPT, "sheet " + sheetName + ": " + e, e);
        }
    }

    private static boolean isCallerFailure(RuntimeException e) {
        // fastexcel wraps its own parse failures in ExcelReaderException; anything else came from the consumer
        return !e.getClass().getName().startsWith("org.dhatim");
    }

    private SourceRow convert(Row row) {
        CellValue[] cells = new CellValue[row.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
            Cell cell = row.getCell(i);
            if (cell != null) {
                cells[i] = convert(cell);
            }
        }
        return new SourceRow(row.getRowNum(), cells);
    }

    private CellValue convert(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> withFormats
                    ? CellValue.number(((BigDecimal) cell.getValue()).doubleValue(), cell.getDataFormatString())
                    : CellValue.number(((BigDecimal) cell.getValue()).doubleValue());
            case STRING -> CellValue.text((String) cell.getValue());
            case BOOLEAN -> CellValue.bool((Boolean) cell.getValue());
            case ERROR -> CellValue.error(cell.getRawValue());
            case FORMULA -> cachedFormulaValue(cell);
            case EMPTY -> null;
        };
    }

    /**
     * fastexcel hands formula results over as raw text without the cell's result type, so a cached
     * error ("#DIV/0!") is recognised by Excel's fixed set of error codes.
     */
    private static CellValue cachedFormulaValue(Cell cell) {
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            return CellValue.number(number.doubleValue());
        }
        String raw = cell.getRawValue();
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return FORMULA_ERRORS.contains(raw) ? CellValue.error(raw) : CellValue.text(raw);
    }

    @Override
    public void close() {
        WorkbookSources.close(workbook);
    }
}
