package vn.lienket.workbook.safety;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Neutralises formula-looking text ("CSV injection"): text from a submission that begins with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) is what a
 * spreadsheet may take for a formula, e.g. {@code =HYPERLINK("http://…")} or {@code @SUM(…)}.
 *
 * <p>In a workbook written with POI such text is already stored as text, never as a formula; the
 * cell is also given a quote-prefixed style (Excel's leading apostrophe), so that editing the cell
 * in Excel does not turn it into a formula either, while the value stays exactly as typed. In
 * delimited text (CSV) the value itself gets the apostrophe, as OWASP recommends. One instance per
 * workbook: styles are made once per original style, never once per cell.
 */
public final class FormulaText {

    private final Workbook workbook;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    public FormulaText(Workbook workbook) {
        this.workbook = workbook;
    }

    /** True when a spreadsheet could read {@code text} as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The value for a CSV field: formula-looking text behind an apostrophe, anything else unchanged. */
    public static String forDelimitedText(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** Sets {@code text} as the cell's text value; formula-looking text also gets its style's quote-prefixed twin. */
    public void set(Cell cell, String text) {
        cell.setCellValue(text);
        if (looksLikeFormula(text)) {
            CellStyle style = cell.getCellStyle();
            cell.setCellStyle(quoted.computeIfAbsent(style.getIndex(), index -> {
                CellStyle twin = workbook.createCellStyle();
                twin.cloneStyleFrom(style);
                twin.setQuotePrefixed(true);
                return twin;
            }));
        }
    }
}
