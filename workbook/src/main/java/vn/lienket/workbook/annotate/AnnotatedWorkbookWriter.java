package vn.lienket.workbook.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.lienket.workbook.read.CellValue;
import vn.lienket.workbook.read.SourceRow;
import vn.lienket.workbook.read.WorkbookFormat;
import vn.lienket.workbook.read.WorkbookSource;
import vn.lienket.workbook.read.WorkbookSources;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.ValidationReport;

/**
 * Writes the annotated copy of a checked workbook. Files up to {@link #DEFAULT_IN_PLACE_LIMIT_BYTES}
 * (and every .xls, which the format caps at 65,536 rows) are loaded with POI and annotated in place,
 * keeping their formatting. Larger .xlsx files are re-read as a stream and copied into an SXSSF
 * workbook that keeps 100 rows in memory: values with their number and date formats, highlights
 * and comments, but not fonts, fills, widths or merged cells. Only problems kept in the report's list are marked.
 */
public final class AnnotatedWorkbookWriter {

    /** About 15,000 rows of a typical sheet; POI's object model needs ~100x the file size in heap. */
    public static final long DEFAULT_IN_PLACE_LIMIT_BYTES = 1_000_000;
    private static final int STREAM_WINDOW_ROWS = 100;

    private final long inPlaceLimitBytes;

    public AnnotatedWorkbookWriter() {
        this(DEFAULT_IN_PLACE_LIMIT_BYTES);
    }

    public AnnotatedWorkbookWriter(long inPlaceLimitBytes) {
        this.inPlaceLimitBytes = inPlaceLimitBytes;
    }

    /**
     * @throws IllegalArgumentException when the report says the file was unreadable (there is nothing to annotate)
     */
    public AnnotatedCopy write(Path original, ValidationReport report, OutputStream out) {
        if (report.unreadableReason().isPresent()) {
            throw new IllegalArgumentException("an unreadable file cannot be annotated: " + report.fileName());
        }
        try (WorkbookSource source = WorkbookSources.openWithFormats(original)) {
            boolean xls = source.format() == WorkbookFormat.XLS;
            if (xls || Files.size(original) <= inPlaceLimitBytes) {
                inPlace(original, report, out);
                return new AnnotatedCopy(xls ? "xls" : "xlsx", AnnotatedCopy.Mode.IN_PLACE);
            }
            streamed(source, report, out);
            return new AnnotatedCopy("xlsx", AnnotatedCopy.Mode.STREAMED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inPlace(Path original, ValidationReport report, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(original); Workbook workbook = WorkbookFactory.create(in)) {
            Annotator annotator = new Annotator(workbook);
            for (Sheet sheet : workbook) {
                Annotator.byRowAndColumn(report.problems(), sheet.getSheetName()).forEach((rowNumber, columns) -> {
                    Row row = sheet.getRow(rowNumber - 1);
                    Row target = row == null ? sheet.createRow(rowNumber - 1) : row;
                    columns.forEach((column, problems) -> annotator.mark(sheet, target, column, problems));
                });
            }
            annotator.summary(report);
            workbook.write(out);
        }
    }

    private static void streamed(WorkbookSource source, ValidationReport report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAM_WINDOW_ROWS);
        try {
            Annotator annotator = new Annotator(workbook);
            Map<String, CellStyle> formats = new HashMap<>();
            for (String name : source.sheetNames()) {
                if (name.equals(Annotator.SUMMARY_SHEET)) {
                    continue;
                }
                Sheet sheet = workbook.createSheet(name);
                TreeMap<Integer, Map<Integer, List<Problem>>> pending =
                        new TreeMap<>(Annotator.byRowAndColumn(report.problems(), name));
                source.forEachRow(name, row -> {
                    markRowsBefore(row.number(), pending, sheet, annotator);
                    Row copy = sheet.createRow(row.number() - 1);
                    copyValues(row, copy, workbook, formats);
                    Map<Integer, List<Problem>> problems = pending.remove(row.number());
                    if (problems != null) {
                        problems.forEach((column, list) -> annotator.mark(sheet, copy, column, list));
                    }
                });
                markRowsBefore(Integer.MAX_VALUE, pending, sheet, annotator);
            }
            annotator.summary(report);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** Problems on rows the source never delivered (blank rows) still need a row to sit on. */
    private static void markRowsBefore(int rowNumber, TreeMap<Integer, Map<Integer, List<Problem>>> pending,
                                       Sheet sheet, Annotator annotator) {
        while (!pending.isEmpty() && pending.firstKey() < rowNumber) {
            Map.Entry<Integer, Map<Integer, List<Problem>>> entry = pending.pollFirstEntry();
            Row row = sheet.createRow(entry.getKey() - 1);
            entry.getValue().forEach((column, list) -> annotator.mark(sheet, row, column, list));
        }
    }

    /** Values with their number formats (so dates stay dates); one style per distinct format. */
    private static void copyValues(SourceRow from, Row to, Workbook workbook, Map<String, CellStyle> formats) {
        for (int c = 0; c < from.width(); c++) {
            CellValue value = from.cell(c);
            if (value == null) {
                continue;
            }
            Cell cell = to.createCell(c);
            switch (value.kind()) {
                case NUMBER -> {
                    cell.setCellValue(value.number());
                    if (value.format() != null && !"General".equals(value.format())) {
                        cell.setCellStyle(formats.computeIfAbsent(value.format(), format -> {
                            CellStyle style = workbook.createCellStyle();
                            style.setDataFormat(workbook.createDataFormat().getFormat(format));
                            return style;
                        }));
                    }
                }
                case BOOLEAN -> cell.setCellValue(Boolean.parseBoolean(value.text()));
                case TEXT, ERROR -> cell.setCellValue(value.text());
            }
        }
    }
}
