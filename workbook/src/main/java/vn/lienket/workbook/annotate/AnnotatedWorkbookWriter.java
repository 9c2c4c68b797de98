package vn.lienket.workbook.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.lienket.workbook.WorkbookLimits;
import vn.lienket.workbook.read.CellValue;
import vn.lienket.workbook.read.SourceRow;
import vn.lienket.workbook.read.WorkbookSource;
import vn.lienket.workbook.read.WorkbookSources;
import vn.lienket.workbook.report.Messages;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.ValidationReport;
import vn.lienket.workbook.safety.FormulaText;

/**
 * Writes the annotated copy of a checked workbook: always a new, plain .xlsx built from the file's
 * values, whatever came in (.xlsx, strict OOXML, .xlsm, .xls). The submission's values are re-read as a
 * stream (the same reader as the check) and copied into an SXSSF workbook that keeps 100 rows in
 * memory: numbers with their number and date formats, text as text (formula-looking text
 * neutralised), highlights and comments, and the "Lỗi" sheet. Nothing else of the submission
 * travels: no VBA project, no external links, no formulas (their cached results are the values), no
 * hyperlinks, fonts, widths or merged cells. Only problems kept in the report's list are marked.
 *
 * <p>It never throws for what the file holds: rows out of order or beyond Excel's 1,048,576 are left
 * out of the copy (and counted); any failure leaves no file behind and returns
 * {@link AnnotatedCopy.NotWritten} with the reason.
 */
public final class AnnotatedWorkbookWriter {

    private static final int STREAM_WINDOW_ROWS = 100;
    /** Distinct number formats copied; Excel refuses a workbook with more than a few hundred custom ones. */
    private static final int MAX_NUMBER_FORMATS = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final WorkbookLimits limits;
    private final Messages messages = new Messages();

    public AnnotatedWorkbookWriter() {
        this(WorkbookLimits.DEFAULTS);
    }

    public AnnotatedWorkbookWriter(WorkbookLimits limits) {
        this.limits = limits;
    }

    /**
     * Writes the copy to {@code target} (through a temporary file beside it, renamed when complete),
     * or says why there is none.
     */
    public AnnotatedCopy write(Path original, ValidationReport report, Path target) {
        if (report.unreadableReason().isPresent()) {
            return notWritten("annotated.unreadable", report.fileName());
        }
        Path temporary = target.resolveSibling(target.getFileName() + ".partial");
        try {
            long skipped;
            try (WorkbookSource source = WorkbookSources.openWithFormats(original, limits);
                 OutputStream out = Files.newOutputStream(temporary)) {
                skipped = copy(source, report, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new AnnotatedCopy.Written(target, skipped);
        } catch (IOException | RuntimeException e) {
            // whatever a file makes the copy fail with, the rejection it belongs to must still go out
            deleteQuietly(temporary);
            return notWritten("annotated.failed", report.fileName(), String.valueOf(e.getMessage()));
        }
    }

    private AnnotatedCopy notWritten(String key, Object... arguments) {
        return new AnnotatedCopy.NotWritten(messages.vietnamese(key, arguments), messages.english(key, arguments));
    }

    /** Returns how many rows of the file could not be placed in the copy. */
    private static long copy(WorkbookSource source, ValidationReport report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAM_WINDOW_ROWS);
        try {
            Annotator annotator = new Annotator(workbook);
            FormulaText text = new FormulaText(workbook);
            Map<String, CellStyle> formats = new HashMap<>();
            Map<String, String> copyNames = new LinkedHashMap<>();
            long skipped = 0;
            for (String name : source.sheetNames()) {
                if (name.equals(Annotator.SUMMARY_SHEET)) {
                    continue;
                }
                String copyName = uniqueName(workbook, name);
                copyNames.put(name, copyName);
                SheetCopy sheet = new SheetCopy(workbook.createSheet(copyName), annotator,
                        new TreeMap<>(Annotator.byRowAndColumn(report.problems(), name)));
                source.forEachRow(name, row -> sheet.row(row, (from, to) -> copyValues(from, to, workbook, formats, text)));
                sheet.finish();
                skipped += sheet.skipped;
            }
            annotator.summary(report, copyNames, skipped);
            workbook.write(out);
            return skipped;
        } finally {
            workbook.close();
        }
    }

    /** A legal sheet name (at most 31 characters, none of {@code []:*?/\}) that no earlier sheet has, in any case. */
    private static String uniqueName(Workbook workbook, String name) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int n = 2; workbook.getSheetIndex(candidate) >= 0 || candidate.toLowerCase(Locale.ROOT)
                .equals(Annotator.SUMMARY_SHEET.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** One sheet being copied: rows go down in order; problems sit on the rows they name. */
    private static final class SheetCopy {

        private final Sheet sheet;
        private final Annotator annotator;
        private final TreeMap<Integer, Map<Integer, List<Problem>>> pending;
        private int lastRow;
        private long skipped;

        SheetCopy(Sheet sheet, Annotator annotator, TreeMap<Integer, Map<Integer, List<Problem>>> pending) {
            this.sheet = sheet;
            this.annotator = annotator;
            this.pending = pending;
        }

        void row(SourceRow from, BiConsumer<SourceRow, Row> values) {
            int number = from.number();
            if (number <= lastRow || number > MAX_ROWS) {
                skipped++;
                return;
            }
            markRowsBefore(number);
            Row copy = sheet.createRow(number - 1);
            lastRow = number;
            values.accept(from, copy);
            Map<Integer, List<Problem>> problems = pending.remove(number);
            if (problems != null) {
                problems.forEach((column, list) -> annotator.mark(sheet, copy, column, list));
            }
        }

        void finish() {
            markRowsBefore(MAX_ROWS + 1);
        }

        /** Problems on rows the source never delivered (blank rows) still need a row to sit on. */
        private void markRowsBefore(int rowNumber) {
            while (!pending.isEmpty() && pending.firstKey() < rowNumber) {
                Map.Entry<Integer, Map<Integer, List<Problem>>> entry = pending.pollFirstEntry();
                if (entry.getKey() > lastRow) {
                    Row row = sheet.createRow(entry.getKey() - 1);
                    lastRow = entry.getKey();
                    entry.getValue().forEach((column, list) -> annotator.mark(sheet, row, column, list));
                }
            }
        }
    }

    /** Values with their number formats (so dates stay dates); one style per distinct format. */
    private static void copyValues(SourceRow from, Row to, Workbook workbook, Map<String, CellStyle> formats,
                                   FormulaText text) {
        for (int c = 0; c < from.width(); c++) {
            CellValue value = from.cell(c);
            if (value == null) {
                continue;
            }
            Cell cell = to.createCell(c);
            switch (value.kind()) {
                case NUMBER -> {
                    cell.setCellValue(value.number());
                    CellStyle style = format(value.format(), workbook, formats);
                    if (style != null) {
                        cell.setCellStyle(style);
                    }
                }
                case BOOLEAN -> cell.setCellValue(Boolean.parseBoolean(value.text()));
                case TEXT, ERROR -> text.set(cell, value.text());
            }
        }
    }

    private static CellStyle format(String format, Workbook workbook, Map<String, CellStyle> formats) {
        if (format == null || "General".equals(format)) {
            return null;
        }
        CellStyle known = formats.get(format);
        if (known != null || formats.size() >= MAX_NUMBER_FORMATS) {
            return known;
        }
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        formats.put(format, style);
        return style;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing was made: a leftover temporary file is swept with the folder it sits in
        }
    }
}
