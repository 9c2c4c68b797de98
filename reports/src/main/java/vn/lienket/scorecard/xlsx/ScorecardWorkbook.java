package vn.lienket.scorecard.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.BreakdownRow;
import vn.lienket.scorecard.KpiRow;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardLabels;
import vn.lienket.scorecard.SubmissionStatusRow;
import vn.lienket.scorecard.TrendPoint;
import vn.lienket.scorecard.TrendSeries;

/**
 * Writes a scorecard's figures as an XLSX workbook with one plain sheet per table. Numbers are
 * stored as numbers (formatted by the reader's Excel), labels come from the same bundle as the
 * PDF, and the document dates are the data's as-of time so the bytes are reproducible. A value nobody reported is
 * the text "—", never an empty cell a reader could add as 0. Text that looks like a formula ({@code = + - @}) is
 * stored quote-prefixed, so Excel shows it as typed and never evaluates it, also after the cell is edited. The trace
 * sheets, one per KPI group, list the workbook rows behind every figure ({@link TraceSheets}).
 */
public final class ScorecardWorkbook {

    private static final String NUMBER_FORMAT = "#,##0.##";

    public byte[] write(Scorecard scorecard) {
        ResourceBundle labels = ScorecardLabels.bundle(scorecard.language());
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            Styles styles = new Styles(workbook);
            kpiSheet(workbook.createSheet(labels.getString("sheet.kpis")), scorecard, labels, styles);
            trendSheet(workbook.createSheet(labels.getString("sheet.trends")), scorecard.trends(), labels, styles);
            submissionSheet(workbook.createSheet(labels.getString("sheet.submissions")), scorecard.submissions(), labels, styles);
            breakdownSheet(workbook.createSheet(labels.getString("sheet.breakdown")), scorecard.breakdown(), labels, styles);
            notesSheet(workbook.createSheet(labels.getString("sheet.notes")), scorecard, labels, styles);
            TraceSheets.write(workbook, scorecard.traces(), labels, styles);
            Date asOf = Date.from(scorecard.dataAsOf());
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(asOf));
            workbook.getProperties().getCoreProperties().setModified(Optional.of(asOf));
            workbook.getProperties().getCoreProperties().setTitle(scorecard.title() + " – " + scorecard.subject().name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return ReproducibleZip.withEntryTime(out.toByteArray(), scorecard.dataAsOf().atOffset(ZoneOffset.UTC).toLocalDateTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // close() would save the whole package a second time, into nowhere: discard instead.
            workbook.getPackage().revert();
        }
    }

    private static void kpiSheet(Sheet sheet, Scorecard scorecard, ResourceBundle labels, Styles styles) {
        header(sheet, styles, labels.getString("column.section"), labels.getString("kpi.label"), labels.getString("kpi.unit"),
                labels.getString("kpi.value"), labels.getString("kpi.reportedBy"), labels.getString("kpi.qoq"),
                labels.getString("kpi.yoy"), labels.getString("kpi.target"), labels.getString("kpi.progress"),
                labels.getString("light.caption"));
        int rowIndex = 1;
        for (KpiRow kpi : scorecard.kpis()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, kpi.section(), styles);
            text(row, 1, kpi.label(), styles);
            text(row, 2, kpi.unit(), styles);
            value(row, 3, kpi.value(), labels, styles);
            text(row, 4, kpi.reportedProvinces() + "/" + kpi.provincesInScope(), styles);
            number(row, 5, kpi.changeQoqPercent(), styles);
            number(row, 6, kpi.changeYoyPercent(), styles);
            number(row, 7, kpi.target(), styles);
            number(row, 8, kpi.progressPercent(), styles);
            text(row, 9, labels.getString("light." + kpi.light().name()), styles);
        }
        widen(sheet, 10);
    }

    /** What the PDF's first page and last lines say: the view's rule, a missing submission, the legend, overlaps. */
    private static void notesSheet(Sheet sheet, Scorecard scorecard, ResourceBundle labels, Styles styles) {
        header(sheet, styles, labels.getString("sheet.notes"));
        int rowIndex = 1;
        for (String note : scorecard.notes()) {
            text(sheet.createRow(rowIndex++), 0, note, styles);
        }
        for (String footnote : scorecard.footnotes()) {
            text(sheet.createRow(rowIndex++), 0, footnote, styles);
        }
        sheet.setColumnWidth(0, 160 * 256);
    }

    private static void trendSheet(Sheet sheet, List<TrendSeries> trends, ResourceBundle labels, Styles styles) {
        List<Quarter> quarters = trends.stream().flatMap(t -> t.points().stream()).map(TrendPoint::quarter)
                .distinct().sorted().toList();
        Row header = header(sheet, styles, labels.getString("kpi.label"), labels.getString("kpi.unit"));
        for (int i = 0; i < quarters.size(); i++) {
            Cell cell = header.createCell(2 + i);
            cell.setCellValue(quarters.get(i).toString());
            cell.setCellStyle(styles.header);
        }
        int rowIndex = 1;
        for (TrendSeries series : trends) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, series.label(), styles);
            text(row, 1, series.unit(), styles);
            for (TrendPoint point : series.points()) {
                value(row, 2 + quarters.indexOf(point.quarter()), point.value(), labels, styles);
            }
        }
        widen(sheet, 2 + quarters.size());
    }

    private static void submissionSheet(Sheet sheet, List<SubmissionStatusRow> submissions, ResourceBundle labels, Styles styles) {
        header(sheet, styles, labels.getString("submissions.province"), labels.getString("submissions.status"),
                labels.getString("submissions.receivedOn"));
        int rowIndex = 1;
        for (SubmissionStatusRow submission : submissions) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, submission.province(), styles);
            text(row, 1, labels.getString("status." + submission.status().name()), styles);
            if (submission.receivedOn() != null) {
                Cell received = row.createCell(2);
                received.setCellValue(submission.receivedOn());
                received.setCellStyle(styles.date);
            }
        }
        widen(sheet, 3);
    }

    private static void breakdownSheet(Sheet sheet, List<BreakdownRow> breakdown, ResourceBundle labels, Styles styles) {
        header(sheet, styles, labels.getString("breakdown.province"), labels.getString("kpi.label"), labels.getString("kpi.value"));
        int rowIndex = 1;
        for (BreakdownRow entry : breakdown) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, entry.province(), styles);
            text(row, 1, entry.kpi(), styles);
            value(row, 2, entry.value(), labels, styles);
        }
        widen(sheet, 3);
    }

    static Row header(Sheet sheet, Styles styles, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
        return row;
    }

    /** A text cell; text a spreadsheet would read as a formula is quote-prefixed (shown as typed, never evaluated). */
    static void text(Row row, int column, String value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (looksLikeFormula(value)) {
            cell.setCellStyle(styles.quoted);
        }
    }

    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** A KPI value: a number, or "—" when nobody reported it. */
    static void value(Row row, int column, BigDecimal value, ResourceBundle labels, Styles styles) {
        if (value == null) {
            text(row, column, labels.getString("notReported"), styles);
        } else {
            number(row, column, value, styles);
        }
    }

    static void number(Row row, int column, BigDecimal value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.number);
        }
    }

    /** Fixed widths: autoSizeColumn measures with AWT fonts, which differ between machines. */
    private static void widen(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i < 2 ? 36 : 14) * 256);
        }
    }

    static final class Styles {
        final CellStyle header;
        final CellStyle number;
        final CellStyle date;
        final CellStyle quoted;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat(NUMBER_FORMAT));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
