package vn.lienket.workbook.validate;

import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.rows.RowSink;

/** Builds the typed row for a sheet's valid row and hands it to the sink; field names are the contract's. */
final class FactRows {

    private FactRows() {
    }

    static void emit(String sheetKey, ParsedRow row, RowSink sink) {
        switch (sheetKey) {
            case WorkbookContract.INVESTMENT -> sink.investmentProject(new InvestmentProjectRow(
                    row.sheet(), row.row(),
                    row.text("project_code"), row.text("project_name"), row.text("investor"), row.text("sector"),
                    row.decimal("registered_capital"), row.decimal("disbursed_capital"), row.decimal("area_ha"),
                    row.text("status"), row.date("licence_date"), row.date("operation_date"),
                    row.integer("jobs"), row.text("note")));
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
            default -> throw new IllegalArgumentException("no fact row for sheet " + sheetKey);
        }
    }
}
