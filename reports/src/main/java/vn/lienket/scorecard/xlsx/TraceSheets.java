package vn.lienket.scorecard.xlsx;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienket.scorecard.TraceRow;
import vn.lienket.scorecard.TracedKpi;

/**
 * The trace sheets of a scorecard's XLSX, one per KPI group (section): for every KPI its workbook rows (submission,
 * province, file and its SHA-256, sheet, row, item, value, how it counts), then its total, which is the figure the
 * scorecard prints. The same rows {@code lienket trace} prints. A group with more rows than fit comfortably in a sheet
 * says so and leaves the listing to the command.
 */
final class TraceSheets {

    /** Far below Excel's 1,048,576 rows; past it the XLSX would stop being something a reader opens. */
    static final int MAX_ROWS = 100_000;

    private static final int COLUMNS = 12;
    private static final int VALUE = 10;

    private TraceSheets() {
    }

    static void write(XSSFWorkbook workbook, List<TracedKpi> traces, ResourceBundle labels, ScorecardWorkbook.Styles styles) {
        Map<String, List<TracedKpi>> sections = new LinkedHashMap<>();
        traces.forEach(trace -> sections.computeIfAbsent(trace.section(), s -> new ArrayList<>()).add(trace));
        int index = 1;
        for (List<TracedKpi> section : sections.values()) {
            Sheet sheet = workbook.createSheet(MessageFormat.format(labels.getString("sheet.trace"), index++));
            fill(sheet, section, labels, styles);
        }
    }

    static void fill(Sheet sheet, List<TracedKpi> traces, ResourceBundle labels, ScorecardWorkbook.Styles styles) {
        ScorecardWorkbook.header(sheet, styles, labels.getString("column.section"), labels.getString("trace.code"),
                labels.getString("kpi.label"), labels.getString("trace.submission"), labels.getString("trace.province"),
                labels.getString("trace.file"), labels.getString("trace.sha256"), labels.getString("trace.sheet"),
                labels.getString("trace.row"), labels.getString("trace.item"), labels.getString("kpi.value"),
                labels.getString("trace.how"));
        int rows = traces.stream().mapToInt(trace -> trace.rows().size() + 1).sum();
        int rowIndex = 1;
        for (TracedKpi trace : traces) {
            if (rows <= MAX_ROWS) {
                for (TraceRow traced : trace.rows()) {
                    Row row = sheet.createRow(rowIndex++);
                    kpi(row, trace, styles);
                    ScorecardWorkbook.number(row, 3, BigDecimal.valueOf(traced.submissionId()), styles);
                    ScorecardWorkbook.text(row, 4, traced.province(), styles);
                    ScorecardWorkbook.text(row, 5, traced.originalFilename(), styles);
                    ScorecardWorkbook.text(row, 6, traced.fileSha256(), styles);
                    ScorecardWorkbook.text(row, 7, traced.sheet(), styles);
                    ScorecardWorkbook.number(row, 8, BigDecimal.valueOf(traced.row()), styles);
                    ScorecardWorkbook.text(row, 9, traced.item() == null ? "" : traced.item(), styles);
                    ScorecardWorkbook.value(row, VALUE, traced.value(), labels, styles);
                    ScorecardWorkbook.text(row, 11, labels.getString("contribution." + traced.contribution().name()), styles);
                }
            }
            Row total = sheet.createRow(rowIndex++);
            kpi(total, trace, styles);
            ScorecardWorkbook.text(total, 9, trace.reportedProvinces() + "/" + trace.provincesInScope(), styles);
            ScorecardWorkbook.value(total, VALUE, trace.total(), labels, styles);
            ScorecardWorkbook.text(total, 11, labels.getString("trace.total") + " · " + labels.getString("trace.definition") + ": "
                    + trace.definition(), styles);
            total.getCell(11).setCellStyle(styles.header);
        }
        if (rows > MAX_ROWS) {
            ScorecardWorkbook.text(sheet.createRow(rowIndex++), 0, MessageFormat.format(labels.getString("trace.tooMany"), rows), styles);
        }
        if (!traces.isEmpty() && !traces.get(0).notSubmitted().isEmpty()) {
            ScorecardWorkbook.text(sheet.createRow(rowIndex), 0, labels.getString("trace.notSubmitted") + ": "
                    + String.join(", ", traces.get(0).notSubmitted()), styles);
        }
        for (int i = 0; i < COLUMNS; i++) {
            sheet.setColumnWidth(i, (i == 2 || i == 5 || i == 11 ? 36 : i == 6 ? 66 : 14) * 256);
        }
    }

    private static void kpi(Row row, TracedKpi trace, ScorecardWorkbook.Styles styles) {
        ScorecardWorkbook.text(row, 0, trace.section(), styles);
        ScorecardWorkbook.text(row, 1, trace.code(), styles);
        ScorecardWorkbook.text(row, 2, trace.label(), styles);
    }
}
