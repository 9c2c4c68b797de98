package vn.lienket.intake.staging;

/** The fact tables a submission is staged into, and the column order the writer COPYs in. */
enum FactTable {
    INVESTMENT("fact_investment_snapshot", "submission_id, province_key, quarter_key, source_sheet, source_row, "
            + "project_code, project_name, investor, sector_code, status_code, registered_capital_bn, "
            + "disbursed_capital_bn, area_ha, licensed_on, completed_on, jobs, note"),
    OCOP("fact_ocop_snapshot", "submission_id, province_key, quarter_key, source_sheet, source_row, group_code, star, "
            + "products_recognised, newly_recognised, re_recognised, producers, pending_five_star"),
    EVENT("fact_event", "submission_id, province_key, quarter_key, source_sheet, source_row, event_name, "
            + "event_type_code, level_code, start_date, end_date, host_province_key, partner_province_keys, organiser, "
            + "businesses, products_shown, booths, mous_signed, deal_value_bn, visitors");

    private final String tableName;
    private final String columns;

    FactTable(String tableName, String columns) {
        this.tableName = tableName;
        this.columns = columns;
    }

    String tableName() {
        return tableName;
    }

    String copyStatement() {
        return "COPY " + tableName + " (" + columns + ") FROM STDIN";
    }
}
