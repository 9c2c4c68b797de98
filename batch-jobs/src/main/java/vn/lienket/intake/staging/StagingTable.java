package vn.lienket.intake.staging;

/** The staging tables and the column order the writer COPYs in. */
enum StagingTable {
    INVESTMENT("stg_investment", "submission_id, source_sheet, source_row, project_code, project_name, investor, "
            + "sector_code, status_code, registered_capital_bn, disbursed_capital_bn, area_ha, licensed_on, started_on, "
            + "completed_on, jobs"),
    OCOP("stg_ocop", "submission_id, source_sheet, source_row, group_code, star, products_recognised, newly_recognised, "
            + "re_recognised, producers, pending_five_star"),
    EVENT("stg_event", "submission_id, source_sheet, source_row, event_name, event_type_code, level_code, start_date, "
            + "end_date, host_era, host_code, partner_ids, organiser, businesses, products_shown, booths, mous_signed, "
            + "deal_value_bn, visitors");

    private final String tableName;
    private final String columns;

    StagingTable(String tableName, String columns) {
        this.tableName = tableName;
        this.columns = columns;
    }

    String tableName() {
        return tableName;
    }

    String columns() {
        return columns;
    }
}
