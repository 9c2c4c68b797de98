package vn.lienket.workbook.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds workbooks for tests with POI, the way departments' files look: {@link #valid()} is a
 * correct Lâm Đồng 2026-Q1 submission; tests then break one thing (a cell, a header, a sheet) and
 * write it as .xlsx or .xls. Rows are lists of cell values: String, Number, LocalDate (a date-formatted
 * serial, as Excel stores dates), {@link Formula}, or null for a blank cell.
 */
public final class WorkbookFixtures {

    public static final List<Object> INVESTMENT_HEADER = List.of("STT", "Mã dự án", "Tên dự án", "Nhà đầu tư",
            "Lĩnh vực", "Vốn đăng ký (tỷ đồng)", "Vốn đã thực hiện (tỷ đồng)", "Diện tích (ha)", "Tình trạng",
            "Ngày cấp phép", "Ngày đi vào hoạt động", "Số lao động", "Ghi chú");
    public static final List<Object> OCOP_HEADER = List.of("STT", "Nhóm sản phẩm", "Hạng sao", "Số sản phẩm đạt OCOP",
            "Công nhận mới trong quý", "Công nhận lại trong quý", "Số chủ thể", "Sản phẩm chờ công nhận 5 sao");
    public static final List<Object> EVENT_HEADER = List.of("STT", "Tên sự kiện", "Loại sự kiện", "Ngày bắt đầu",
            "Ngày kết thúc", "Tỉnh tổ chức", "Tỉnh tham gia", "Đơn vị tổ chức", "Cấp", "Số doanh nghiệp", "Số sản phẩm",
            "Số gian hàng", "Số biên bản ghi nhớ", "Giá trị giao dịch (tỷ đồng)", "Lượt khách");

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private final Map<String, List<CellRangeAddress>> merges = new LinkedHashMap<>();

    public static WorkbookFixtures valid() {
        WorkbookFixtures f = new WorkbookFixtures();
        f.sheet("BiaBaoCao",
                row("BÁO CÁO KẾT QUẢ HỢP TÁC VỚI TP. HỒ CHÍ MINH"),
                row(),
                row("Tỉnh/thành phố", "P34:68", "Lâm Đồng"),
                row("Kỳ báo cáo", "2026-Q1"),
                row("Người lập", "Nguyễn Thị Lan"),
                row("Liên hệ", "0263 3822 111 – lan.nt@lamdong.gov.vn"),
                row("Phiên bản mẫu", "v1"));
        f.sheet("DuAn", INVESTMENT_HEADER,
                row(1, "LD-001", "Khu du lịch sinh thái Đạ Sar", "Công ty CP Du lịch Sài Gòn", "Du lịch", 1250.5, 800,
                        120.5, "Đã hoàn thành, đi vào hoạt động", LocalDate.of(2019, 3, 15), LocalDate.of(2021, 6, 1), 350, null),
                row(2, "LD-002", "Nhà máy chế biến cà phê", "Công ty TNHH Cà phê Phương Nam", "Chế biến nông sản", 420, 420,
                        12, "Hoàn thành một phần", LocalDate.of(2022, 8, 10), null, 120, null),
                row(3, "LD-003", "Trang trại rau công nghệ cao", "Công ty CP Nông nghiệp Xanh", "Nông nghiệp", 85.25, 30,
                        45, "Đang triển khai", LocalDate.of(2025, 11, 20), null, 40, "Giai đoạn 1"));
        f.sheet("OCOP", OCOP_HEADER,
                row(1, "OCOP148-1", "3 sao", 80, 3, 2, 40, 0),
                row(2, "OCOP148-2", "4 sao", 31, 1, 6, 20, 2));
        f.sheet("SuKien", EVENT_HEADER,
                row(1, "Tuần lễ giới thiệu sản phẩm Lâm Đồng tại TP.HCM", "Tuần lễ triển lãm", LocalDate.of(2026, 1, 15),
                        LocalDate.of(2026, 1, 18), "Hồ Chí Minh", "Lâm Đồng; Đắk Lắk", "ITPC", "Song phương", 60, 170, 250,
                        5, 12.5, 15000));
        return f;
    }

    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @SafeVarargs
    public final WorkbookFixtures sheet(String name, List<Object>... rows) {
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            copy.add(new ArrayList<>(r));
        }
        sheets.put(name, copy);
        return this;
    }

    public WorkbookFixtures removeSheet(String name) {
        sheets.remove(name);
        return this;
    }

    /** Appends a row to a sheet (Excel row number = index + 1). */
    public WorkbookFixtures addRow(String sheet, Object... values) {
        sheets.get(sheet).add(new ArrayList<>(Arrays.asList(values)));
        return this;
    }

    /** Inserts a row before the given 1-based Excel row. */
    public WorkbookFixtures insertRow(String sheet, int excelRow, Object... values) {
        sheets.get(sheet).add(excelRow - 1, new ArrayList<>(Arrays.asList(values)));
        return this;
    }

    /** Sets the cell in the given 1-based Excel row under the column whose header (row 1) is {@code header}. */
    public WorkbookFixtures set(String sheet, int excelRow, String header, Object value) {
        List<List<Object>> rows = sheets.get(sheet);
        int column = rows.get(0).indexOf(header);
        if (column < 0) {
            throw new IllegalArgumentException("no header " + header + " in " + sheet);
        }
        List<Object> target = rows.get(excelRow - 1);
        while (target.size() <= column) {
            target.add(null);
        }
        target.set(column, value);
        return this;
    }

    /** Replaces the value next to a cover label. */
    public WorkbookFixtures cover(String label, Object value) {
        for (List<Object> r : sheets.get("BiaBaoCao")) {
            if (!r.isEmpty() && label.equals(r.get(0))) {
                r.set(1, value);
                return this;
            }
        }
        throw new IllegalArgumentException("no cover label " + label);
    }

    public WorkbookFixtures merge(String sheet, String range) {
        merges.computeIfAbsent(sheet, s -> new ArrayList<>()).add(CellRangeAddress.valueOf(range));
        return this;
    }

    public List<List<Object>> rows(String sheet) {
        return sheets.get(sheet);
    }

    public Path writeXlsx(Path directory) {
        return write(new XSSFWorkbook(), directory.resolve("workbook.xlsx"));
    }

    public Path writeXls(Path directory) {
        return write(new HSSFWorkbook(), directory.resolve("workbook.xls"));
    }

    private Path write(Workbook workbook, Path file) {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                List<List<Object>> rows = entry.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        write(row, c, rows.get(r).get(c), dateStyle);
                    }
                }
                merges.getOrDefault(entry.getKey(), List.of()).forEach(sheet::addMergedRegion);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void write(Row row, int column, Object value, CellStyle dateStyle) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.expression());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
