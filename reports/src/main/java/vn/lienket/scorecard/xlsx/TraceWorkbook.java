package vn.lienket.scorecard.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardLabels;
import vn.lienket.scorecard.TracedKpi;

/**
 * The trace of one KPI figure as an XLSX of one sheet ({@code lienket trace --xlsx}), laid out as the scorecard's own
 * trace sheets, so an auditor can filter and re-add the rows.
 */
public final class TraceWorkbook {

    private TraceWorkbook() {
    }

    public static byte[] write(TracedKpi trace, ReportLanguage language) {
        ResourceBundle labels = ScorecardLabels.bundle(language);
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            ScorecardWorkbook.Styles styles = new ScorecardWorkbook.Styles(workbook);
            TraceSheets.fill(workbook.createSheet(MessageFormat.format(labels.getString("sheet.trace"), 1)), List.of(trace), labels,
                    styles);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.getPackage().revert();
        }
    }
}
