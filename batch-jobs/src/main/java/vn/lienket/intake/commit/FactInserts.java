package vn.lienket.intake.commit;

/** The statements that turn one submission's staging rows into fact rows, resolving codes to dimension keys. */
final class FactInserts {

    static final String INVESTMENT = """
            INSERT INTO fact_investment_snapshot (submission_id, province_key, quarter_key, project_code, project_name,
                investor, sector_code, status_code, registered_capital_bn, disbursed_capital_bn, area_ha, licensed_on,
                started_on, completed_on, jobs, source_sheet, source_row)
            SELECT submission_id, :province, :quarter, project_code, project_name, investor, sector_code, status_code,
                   registered_capital_bn, disbursed_capital_bn, area_ha, licensed_on, started_on, completed_on, jobs,
                   source_sheet, source_row
            FROM stg_investment WHERE submission_id = :id""";

    static final String OCOP = """
            INSERT INTO fact_ocop_snapshot (submission_id, province_key, quarter_key, group_code, star,
                products_recognised, newly_recognised, re_recognised, producers, pending_five_star, source_sheet, source_row)
            SELECT submission_id, :province, :quarter, group_code, star, products_recognised, newly_recognised,
                   re_recognised, producers, pending_five_star, source_sheet, source_row
            FROM stg_ocop WHERE submission_id = :id""";

    static final String EVENT = """
            INSERT INTO fact_event (submission_id, province_key, quarter_key, event_name, event_type_code, level_code,
                start_date, end_date, host_province_key, organiser, businesses, products_shown, booths, mous_signed,
                deal_value_bn, visitors, source_sheet, source_row)
            SELECT e.submission_id, :province, :quarter, e.event_name, e.event_type_code, e.level_code, e.start_date,
                   e.end_date, host.province_key, e.organiser, e.businesses, e.products_shown, e.booths, e.mous_signed,
                   e.deal_value_bn, e.visitors, e.source_sheet, e.source_row
            FROM stg_event e
            LEFT JOIN dim_province host ON host.era_code = e.host_era AND host.code = e.host_code
            WHERE e.submission_id = :id""";

    static final String EVENT_PARTNER = """
            INSERT INTO bridge_event_partner (event_key, province_key)
            SELECT DISTINCT f.event_key, p.province_key
            FROM stg_event e
            JOIN fact_event f ON f.submission_id = e.submission_id AND f.source_sheet = e.source_sheet
                             AND f.source_row = e.source_row
            CROSS JOIN LATERAL unnest(e.partner_ids) AS partner(id)
            JOIN dim_province p ON p.era_code = split_part(partner.id, ':', 1) AND p.code = split_part(partner.id, ':', 2)
            WHERE e.submission_id = :id""";

    /**
     * Codes in staging that no dimension knows, a few at most: the set-based stand-in for per-row
     * foreign keys on the fact tables (the workbook contract already restricts these values, so a hit
     * here means the contract and the dimensions disagree).
     */
    static final String UNKNOWN_CODES = """
            SELECT 'sector ' || sector_code FROM stg_investment s WHERE submission_id = :id
                   AND NOT EXISTS (SELECT 1 FROM dim_sector d WHERE d.code = s.sector_code)
            UNION SELECT 'investment status ' || status_code FROM stg_investment s WHERE submission_id = :id
                   AND NOT EXISTS (SELECT 1 FROM dim_investment_status d WHERE d.code = s.status_code)
            UNION SELECT 'OCOP group ' || group_code FROM stg_ocop s WHERE submission_id = :id
                   AND NOT EXISTS (SELECT 1 FROM dim_ocop_group d WHERE d.group_code = s.group_code)
            UNION SELECT 'OCOP star ' || star FROM stg_ocop s WHERE submission_id = :id
                   AND NOT EXISTS (SELECT 1 FROM dim_ocop_star d WHERE d.star = s.star)
            UNION SELECT 'event type ' || event_type_code FROM stg_event s WHERE submission_id = :id
                   AND NOT EXISTS (SELECT 1 FROM dim_event_type d WHERE d.code = s.event_type_code)
            UNION SELECT 'event level ' || level_code FROM stg_event s WHERE submission_id = :id
                   AND NOT EXISTS (SELECT 1 FROM dim_event_level d WHERE d.code = s.level_code)
            UNION SELECT 'host province ' || host_era || ':' || host_code FROM stg_event s WHERE submission_id = :id
                   AND host_era IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM dim_province d WHERE d.era_code = s.host_era AND d.code = s.host_code)
            LIMIT 5""";

    private FactInserts() {
    }
}
