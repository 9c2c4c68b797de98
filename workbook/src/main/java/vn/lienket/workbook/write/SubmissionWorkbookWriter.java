package vn.lienket.workbook.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.EnumValue;
import vn.lienket.workbook.contract.SheetContract;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.rows.RowSink;

/**
 * Writes a filled-in quarterly workbook from typed rows, the reverse of a check: the same
 * {@link RowSink} calls a check delivers produce a file that checks back to the same rows. Sheet
 * names, headers and enumeration labels come from the contract; rows stream through POI's SXSSF,
 * so a million-row sheet is written in constant heap. Used for demo data and benchmarks.
 */
public final class SubmissionWorkbookWriter implements RowSink, AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final WorkbookContract contract;
    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle dateStyle;
    private final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private final Map<String, Integer> nextRow = new HashMap<>();

    public SubmissionWorkbookWriter(WorkbookContract contract, OutputStream out) {
        this.contract = contract;
        this.out = out;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        sheets.put(WorkbookContract.COVER, workbook.createSheet(contract.sheet(WorkbookContract.COVER).name()));
        for (String key : List.of(WorkbookContract.INVESTMENT, WorkbookContract.OCOP, WorkbookContract.EVENTS)) {
            SheetContract sheetContract = contract.sheet(key);
            Sheet sheet = workbook.createSheet(sheetContract.name());
            sheets.put(key, sheet);
            Row header = sheet.createRow(0);
            List<ColumnContract> columns = sheetContract.columns();
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).headerVi());
            }
            nextRow.put(key, 1);
        }
    }

    @Override
    public void cover(CoverInfo cover) {
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(cover.quarter().lastDay().atStartOfDay(ZoneOffset.UTC).toInstant())));
        SheetContract coverContract = contract.sheet(WorkbookContract.COVER);
        Sheet sheet = sheets.get(WorkbookContract.COVER);
        sheet.createRow(0).createCell(0).setCellValue(coverContract.titleVi());
        Map<String, String> values = Map.of(
                "province", cover.province().toString(),
                "quarter", cover.quarter().toString(),
                "preparer", cover.preparer(),
                "contact", cover.contact(),
                "template_version", cover.templateVersion() == null ? contract.version() : cover.templateVersion());
        int r = 2;
        for (ColumnContract field : coverContract.columns()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(field.headerVi());
            row.createCell(1).setCellValue(values.getOrDefault(field.field(), ""));
            if (field.field().equals("province") && cover.provinceName() != null) {
                row.createCell(2).setCellValue(cover.provinceName());
            }
        }
    }

    /** Every field the row carries, in the contract's columns: a column added to the contract is written as it is. */
    @Override
    public void investmentProject(InvestmentProjectRow row) {
        append(WorkbookContract.INVESTMENT, row.values());
    }

    @Override
    public void ocopCount(OcopCountRow row) {
        Map<String, Object> values = new HashMap<>();
        values.put("group", row.groupCode());
        values.put("star", String.valueOf(row.star()));
        values.put("recognised", row.recognised());
        values.put("newly_recognised", row.newlyRecognised());
        values.put("re_recognised", row.reRecognised());
        values.put("producers", row.producers());
        values.put("pending_five_star", row.pendingFiveStar());
        append(WorkbookContract.OCOP, values);
    }

    @Override
    public void promotionEvent(PromotionEventRow row) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", row.name());
        values.put("event_type", row.eventType());
        values.put("start_date", row.startDate());
        values.put("end_date", row.endDate());
        values.put("host_province", row.hostProvince());
        values.put("partner_provinces", row.partnerProvinces());
        values.put("organiser", row.organiser());
        values.put("level", row.level());
        values.put("businesses", row.businesses());
        values.put("products", row.products());
        values.put("booths", row.booths());
        values.put("mous", row.mous());
        values.put("deal_value", row.dealValue());
        values.put("visitors", row.visitors());
        append(WorkbookContract.EVENTS, values);
    }

    /** Writes the workbook to the stream and releases SXSSF's temporary files. */
    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String sheetKey, Map<String, Object> values) {
        int rowNumber = nextRow.merge(sheetKey, 1, Integer::sum) - 1;
        Row row = sheets.get(sheetKey).createRow(rowNumber);
        List<ColumnContract> columns = contract.sheet(sheetKey).columns();
        for (int c = 0; c < columns.size(); c++) {
            ColumnContract column = columns.get(c);
            Object value = column.ignored() ? Long.valueOf(rowNumber) : cellValue(column, values.get(column.field()));
            write(row.createCell(c), value);
        }
    }

    private void write(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** What a person would type for a row's value: an enum's label, a province's id, a list joined by "; ". */
    private Object cellValue(ColumnContract column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.type()) {
            case ENUM -> label(column.enumeration(), value.toString());
            case PROVINCE_LIST -> ((List<?>) value).stream().map(Object::toString).collect(Collectors.joining("; "));
            default -> value;
        };
    }

    private String label(String enumeration, String code) {
        return contract.enumeration(enumeration).stream()
                .filter(value -> value.code().equals(code))
                .map(EnumValue::labelVi)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + enumeration + " with code " + code));
    }
}
