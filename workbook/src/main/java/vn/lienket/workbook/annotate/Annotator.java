package vn.lienket.workbook.annotate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;
import vn.lienket.workbook.report.Messages;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.report.ValidationReport;
import vn.lienket.workbook.safety.FormulaText;

/**
 * Marks problems on the copy (a streaming POI workbook) and builds the "Lỗi" summary sheet.
 * Styles are cloned once per (original style, severity): Excel refuses files with more than
 * 64,000 styles, which one clone per cell would reach.
 */
final class Annotator {

    static final String SUMMARY_SHEET = "Lỗi";
    private static final String AUTHOR = "Liên kết";
    private static final List<String> SUMMARY_HEADER =
            List.of("STT", "Mức độ", "Trang tính", "Ô", "Mã lỗi", "Nội dung", "Giá trị");

    private final Workbook workbook;
    private final CreationHelper helper;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();
    private final FormulaText text;
    private final Messages messages = new Messages();

    Annotator(Workbook workbook) {
        this.workbook = workbook;
        this.helper = workbook.getCreationHelper();
        this.text = new FormulaText(workbook);
    }

    /** Problems of one sheet grouped by (row, column), in row order, for marking. */
    static Map<Integer, Map<Integer, List<Problem>>> byRowAndColumn(List<Problem> problems, String sheet) {
        return problems.stream()
                .filter(p -> p.sheet().equals(sheet) && p.row() > 0)
                .collect(Collectors.groupingBy(Problem::row, TreeMap::new,
                        Collectors.groupingBy(p -> Math.max(p.column(), 0), LinkedHashMap::new, Collectors.toList())));
    }

    void mark(Sheet sheet, Row row, int column, List<Problem> problems) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            cell = row.createCell(column);
        }
        Severity worst = problems.stream().map(Problem::severity).min(Enum::compareTo).orElseThrow();
        if (worst != Severity.INFO) {
            cell.setCellStyle(style(cell.getCellStyle(), worst));
        }
        String text = problems.stream().map(p -> "[" + p.code() + "] " + p.messageVi()).collect(Collectors.joining("\n"));
        Comment existing = cell.getCellComment();
        if (existing != null) {
            text = text + "\n---\n" + existing.getString().getString();
            cell.removeCellComment();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 6);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + 3 + problems.size() * 2);
        Comment comment = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch).createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        // a new comment sits at its anchor's top-left cell; SXSSF does not move it to the cell it is set on
        comment.setAddress(cell.getAddress());
        cell.setCellComment(comment);
    }

    private CellStyle style(CellStyle original, Severity severity) {
        return styles.computeIfAbsent(original.getIndex() + "/" + severity, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(original);
            style.setFillForegroundColor(severity == Severity.ERROR
                    ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    /**
     * Adds the "Lỗi" sheet as the first, active sheet; {@code copyNames} gives each sheet of the file
     * its name in the copy (for the hyperlinks), and {@code rowsNotCopied} is said in the title.
     */
    void summary(ValidationReport report, Map<String, String> copyNames, long rowsNotCopied) {
        Sheet sheet = workbook.createSheet(SUMMARY_SHEET);
        workbook.setSheetOrder(SUMMARY_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(false);
        }
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle link = workbook.createCellStyle();
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(linkFont);

        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(String.format("Tệp %s: %d lỗi, %d cảnh báo, %d ghi chú.%s%s", report.fileName(),
                report.errors(), report.warnings(), report.infos(),
                report.problemsTruncated() ? " Chỉ liệt kê " + report.problems().size() + " vấn đề đầu tiên." : "",
                rowsNotCopied > 0 ? " " + messages.vietnamese("annotated.rows-not-copied", rowsNotCopied) : ""));
        title.getCell(0).setCellStyle(bold);
        Row header = sheet.createRow(2);
        for (int c = 0; c < SUMMARY_HEADER.size(); c++) {
            header.createCell(c).setCellValue(SUMMARY_HEADER.get(c));
            header.getCell(c).setCellStyle(bold);
        }
        int r = 3;
        for (Problem p : report.problems()) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 2);
            row.createCell(1).setCellValue(severityVi(p.severity()));
            text.set(row.createCell(2), p.sheet());
            Cell ref = row.createCell(3);
            text.set(ref, p.cell());
            String copyName = copyNames.get(p.sheet());
            if (p.row() >= 0 && copyName != null) {
                Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress(target(copyName, p));
                ref.setHyperlink(hyperlink);
                ref.setCellStyle(link);
            }
            row.createCell(4).setCellValue(p.code());
            text.set(row.createCell(5), p.messageVi());
            text.set(row.createCell(6), p.value() == null ? "" : p.value());
            r++;
        }
        int[] widths = {6, 10, 14, 14, 34, 100, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 3);
    }

    /** Hyperlinks need a cell; a row or sheet problem points at the row's or sheet's first cell. */
    private static String target(String sheet, Problem p) {
        String quoted = SheetNameFormatter.format(sheet);
        int row = Math.max(p.row(), 1);
        int column = Math.max(p.column(), 0);
        return quoted + "!" + CellReference.convertNumToColString(column) + row;
    }

    private static String severityVi(Severity severity) {
        return switch (severity) {
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Ghi chú";
        };
    }
}
