package vn.lienket.workbook.validate;

import java.math.BigDecimal;
import java.util.List;

import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.ColumnType;
import vn.lienket.workbook.contract.SheetContract;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.rows.RowSink;

/** Builds the typed row for a sheet's valid row and hands it to the sink; field names are the contract's. */
final class FactRows {

    private FactRows() {
    }

    static void emit(SheetContract sheet, ParsedRow row, RowSink sink) {
        switch (sheet.key()) {
            case WorkbookContract.INVESTMENT -> sink.investmentProject(investmentProject(sheet, row));
            case WorkbookContract.OCOP -> sink.ocopCount(new OcopCountRow(
                    row.sheet(), row.row(),
                    row.text("group"), Integer.parseInt(row.text("star")), row.integer("recognised"),
                    row.integer("newly_recognised"), row.integer("re_recognised"), row.integer("producers"),
                    row.integer("pending_five_star")));
            case WorkbookContract.EVENTS -> sink.promotionEvent(new PromotionEventRow(
                    row.sheet(), row.row(),
                    row.text("name"), row.text("event_type"), row.date("start_date"), row.date("end_date"),
                    row.province("host_province"), row.provinces("partner_provinces"), row.text("organiser"),
                    row.text("level"), row.integer("businesses"), row.integer("products"), row.integer("booths"),
                    row.integer("mous"), row.decimal("deal_value"), row.integer("visitors")));
            default -> throw new IllegalArgumentException("no fact row for sheet " + sheet.key());
        }
    }

    /** Every column the contract lists, whatever it is: a column added to the contract needs no change here. */
    private static InvestmentProjectRow investmentProject(SheetContract sheet, ParsedRow row) {
        InvestmentProjectRow.Builder project = InvestmentProjectRow.builder(row.sheet(), row.row());
        List<ColumnContract> columns = sheet.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnContract column = columns.get(i);
            Object value = row.at(i);
            if (!column.ignored() && value != null) {
                project.set(column.field(), column.type() == ColumnType.INTEGER ? ((BigDecimal) value).longValueExact() : value);
            }
        }
        return project.build();
    }
}
