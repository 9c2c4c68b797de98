package vn.lienket.workbook.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.ColumnType;
import vn.lienket.workbook.contract.EnumValue;
import vn.lienket.workbook.contract.Layout;
import vn.lienket.workbook.contract.SheetContract;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.reference.OcopGroupCatalogue;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.rows.InvestmentProjectRow;

/**
 * Generates the quarterly template (.xlsx). Everything it writes comes from the contract (sheets,
 * headers, enumerations, date rules) and the reference interfaces, so a new contract version needs
 * no change here. Lists live on a hidden, protected sheet "DanhMuc" because Excel limits inline
 * drop-down lists to 255 characters and breaks labels that contain commas.
 */
public final class TemplateGenerator {

    public static final String LISTS_SHEET = "DanhMuc";
    public static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    /** Rows prepared (unlocked, validated, formatted) below the header; Excel users rarely need more. */
    public static final int DATA_ROWS = 1000;
    private static final String INSTRUCTIONS = "template/huong-dan-%s.txt";

    private final WorkbookContract contract;
    private final ProvinceDirectory provinces;
    private final OcopGroupCatalogue ocopGroups;

    public TemplateGenerator(WorkbookContract contract, ProvinceDirectory provinces, OcopGroupCatalogue ocopGroups) {
        this.contract = contract;
        this.provinces = provinces;
        this.ocopGroups = ocopGroups;
    }

    /**
     * @param previousProjects last quarter's investment projects to pre-fill (empty for a blank template)
     * @throws IllegalArgumentException when the province does not exist in the quarter's era
     */
    public void generate(ProvinceId province, Quarter quarter, List<InvestmentProjectRow> previousProjects,
                         OutputStream out) {
        String era = provinces.eraOf(quarter).code();
        Province reporting = provinces.find(province).filter(p -> p.id().era().equals(era))
                .orElseThrow(() -> new IllegalArgumentException(
                        "province " + province + " does not exist in era " + era + " of quarter " + quarter));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Map<String, String> lists = lists(workbook, era, quarter);
            for (SheetContract sheet : contract.sheets()) {
                XSSFSheet xssf = workbook.createSheet(sheet.name());
                if (sheet.layout() == Layout.KEY_VALUE) {
                    cover(xssf, sheet, reporting, quarter, styles);
                } else {
                    table(xssf, sheet, quarter, lists, styles);
                }
                protect(xssf);
            }
            prefill(workbook.getSheet(contract.sheet(WorkbookContract.INVESTMENT).name()),
                    contract.sheet(WorkbookContract.INVESTMENT), previousProjects, styles);
            instructions(workbook, reporting, quarter, styles);
            workbook.setSheetOrder(LISTS_SHEET, workbook.getNumberOfSheets() - 1);
            workbook.setSheetHidden(workbook.getSheetIndex(LISTS_SHEET), true);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cover(XSSFSheet sheet, SheetContract contract, Province province, Quarter quarter, Styles styles) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(contract.titleVi());
        title.getCell(0).setCellStyle(styles.title);
        Map<String, String> prefilled = new LinkedHashMap<>();
        prefilled.put("province", province.id().toString());
        prefilled.put("quarter", quarter.toString());
        prefilled.put("template_version", this.contract.version());
        int r = 2;
        for (ColumnContract field : contract.columns()) {
            Row row = sheet.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(field.headerVi());
            label.setCellStyle(styles.header);
            Cell value = row.createCell(1);
            String fixed = prefilled.get(field.field());
            if (fixed != null) {
                value.setCellValue(fixed);
                value.setCellStyle(styles.fixed);
            } else {
                value.setCellStyle(styles.text);
            }
            if ("province".equals(field.field())) {
                row.createCell(2).setCellValue(province.name());
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        sheet.setColumnWidth(2, 24 * 256);
    }

    private void table(XSSFSheet sheet, SheetContract contract, Quarter quarter, Map<String, String> lists, Styles styles) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(45);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<ColumnContract> columns = contract.columns();
        for (int c = 0; c < columns.size(); c++) {
            ColumnContract column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.headerVi() + (column.required() ? " *" : ""));
            cell.setCellStyle(styles.header);
            sheet.setDefaultColumnStyle(c, styles.forType(column.type()));
            sheet.setColumnWidth(c, (column.width() > 0 ? column.width() : column.ignored() ? 6 : 16) * 256);
            CellRangeAddressList range = new CellRangeAddressList(1, DATA_ROWS, c, c);
            DataValidationConstraint constraint = constraint(helper, column, quarter, lists);
            if (constraint != null) {
                DataValidation validation = helper.createValidation(constraint, range);
                // XSSF inverts this flag: true shows the drop-down arrow
                validation.setSuppressDropDownArrow(constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST);
                boolean strict = column.type() != ColumnType.PROVINCE_LIST;
                validation.setShowErrorBox(strict);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("Giá trị không hợp lệ", hint(column));
                validation.setShowPromptBox(true);
                validation.createPromptBox(column.headerVi(), hint(column));
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private DataValidationConstraint constraint(DataValidationHelper helper, ColumnContract column, Quarter quarter,
                                                Map<String, String> lists) {
        return switch (column.type()) {
            case ENUM -> helper.createFormulaListConstraint(lists.get(column.enumeration()));
            case PROVINCE, PROVINCE_LIST -> helper.createFormulaListConstraint(lists.get("provinces"));
            case OCOP_GROUP -> helper.createFormulaListConstraint(lists.get("ocop_groups"));
            case INTEGER -> column.ignored() ? null : helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL,
                    bound(column.min()), null);
            case DECIMAL -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, bound(column.min()), null);
            case DATE -> switch (column.dateRule()) {
                case WITHIN_QUARTER -> helper.createDateConstraint(OperatorType.BETWEEN, excelDate(quarter.firstDay()),
                        excelDate(quarter.lastDay()), null);
                case NOT_AFTER_QUARTER_END -> helper.createDateConstraint(OperatorType.LESS_OR_EQUAL,
                        excelDate(quarter.lastDay()), null, null);
                case NONE -> null;
            };
            case TEXT, QUARTER -> null;
        };
    }

    private static String bound(BigDecimal min) {
        return min == null ? "-1E+15" : min.toPlainString();
    }

    private static String excelDate(LocalDate date) {
        return "DATE(" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + ")";
    }

    private static String hint(ColumnContract column) {
        return switch (column.type()) {
            case ENUM, OCOP_GROUP, PROVINCE -> "Chọn trong danh sách thả xuống.";
            case PROVINCE_LIST -> "Chọn hoặc gõ tên tỉnh; nhiều tỉnh cách nhau bằng dấu chấm phẩy.";
            case INTEGER -> "Nhập số nguyên không âm.";
            case DECIMAL -> "Nhập số không âm.";
            case DATE -> "Nhập ngày dạng ngày/tháng/năm, trong phạm vi kỳ báo cáo.";
            case TEXT, QUARTER -> "Nhập văn bản.";
        };
    }

    /** Writes every drop-down list to the lists sheet; returns each list's range by name. */
    private Map<String, String> lists(XSSFWorkbook workbook, String era, Quarter quarter) {
        XSSFSheet sheet = workbook.createSheet(LISTS_SHEET);
        Map<String, List<String>> values = new LinkedHashMap<>();
        contract.enumerations().keySet().stream().sorted().forEach(name ->
                values.put(name, contract.enumeration(name).stream().map(EnumValue::labelVi).toList()));
        values.put("ocop_groups", ocopGroups.validOn(quarter.lastDay()).stream()
                .map(g -> g.code() + " - " + g.name()).toList());
        values.put("provinces", provinces.provinces(era).stream().map(Province::name).toList());
        Map<String, String> ranges = new LinkedHashMap<>();
        int column = 0;
        for (Map.Entry<String, List<String>> list : values.entrySet()) {
            row(sheet, 0).createCell(column).setCellValue(list.getKey());
            List<String> items = list.getValue();
            for (int i = 0; i < items.size(); i++) {
                row(sheet, i + 1).createCell(column).setCellValue(items.get(i));
            }
            String letter = CellReference.convertNumToColString(column);
            ranges.put(list.getKey(), LISTS_SHEET + "!$" + letter + "$2:$" + letter + "$" + Math.max(items.size() + 1, 2));
            column++;
        }
        protect(sheet);
        return ranges;
    }

    private static Row row(XSSFSheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    /** Writes each project's fields under the contract's columns; an enum's code is shown as its label. */
    private void prefill(XSSFSheet sheet, SheetContract contract, List<InvestmentProjectRow> projects, Styles styles) {
        List<ColumnContract> columns = contract.columns();
        int r = 1;
        for (InvestmentProjectRow project : projects) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                ColumnContract column = columns.get(c);
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.forType(column.type()));
                Object value = column.ignored() ? r : project.value(column.field());
                if (value != null && column.type() == ColumnType.ENUM) {
                    value = label(column.enumeration(), value.toString());
                }
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
            r++;
        }
    }

    private String label(String enumeration, String code) {
        return this.contract.enumeration(enumeration).stream().filter(v -> v.code().equals(code))
                .map(EnumValue::labelVi).findFirst().orElse(code);
    }

    private void instructions(XSSFWorkbook workbook, Province province, Quarter quarter, Styles styles) {
        XSSFSheet sheet = workbook.createSheet(INSTRUCTIONS_SHEET);
        List<String> lines = new ArrayList<>();
        String resource = String.format(INSTRUCTIONS, contract.version());
        InputStream instructions = TemplateGenerator.class.getClassLoader().getResourceAsStream(resource);
        if (instructions == null) {
            throw new IllegalStateException("Workbook contract " + contract.version() + " has no instructions sheet " + resource);
        }
        try (InputStream in = instructions;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("# ")).forEach(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).replace("{province}", province.name() + " (" + province.id() + ")")
                    .replace("{quarter}", quarter.toString());
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(text);
            if (i == 0) {
                cell.setCellStyle(styles.title);
            }
        }
        sheet.setColumnWidth(0, 160 * 256);
        protect(sheet);
    }

    /** Locks the sheet without a password: it prevents accidents, not determined users. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
    }

    /** Cell styles shared by all sheets; data styles are unlocked so that protection only guards headers. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle fixed;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setLocked(true);
            fixed = workbook.createCellStyle();
            fixed.setFont(bold);
            fixed.setLocked(true);
            text = unlocked(workbook, null);
            integer = unlocked(workbook, "#,##0");
            decimal = unlocked(workbook, "#,##0.00");
            date = unlocked(workbook, "dd/mm/yyyy");
        }

        private static CellStyle unlocked(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setLocked(false);
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        }

        CellStyle forType(ColumnType type) {
            return switch (type) {
                case INTEGER -> integer;
                case DECIMAL -> decimal;
                case DATE -> date;
                default -> text;
            };
        }
    }
}
