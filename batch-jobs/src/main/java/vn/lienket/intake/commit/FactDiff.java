package vn.lienket.intake.commit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How one part of the workbook is compared between a submission and the one it supersedes: rows are
 * matched on a natural key; a row only on one side is added or removed; a matched row contributes
 * one difference per field whose value changed. Computed set-based in PostgreSQL.
 */
record FactDiff(String part, String table, String keyExpression, List<String> fields) {

    static final List<FactDiff> ALL = List.of(
            new FactDiff("investment", "fact_investment_snapshot", "project_code",
                    List.of("project_name", "investor", "sector_code", "status_code", "registered_capital_bn",
                            "disbursed_capital_bn", "area_ha", "licensed_on", "completed_on", "jobs", "note")),
            new FactDiff("ocop", "fact_ocop_snapshot", "group_code || ' / ' || star || '*'",
                    List.of("products_recognised", "newly_recognised", "re_recognised", "producers", "pending_five_star")),
            new FactDiff("event", "fact_event", "event_name || ' (' || start_date || ')'",
                    List.of("event_type_code", "level_code", "end_date", "host_province_key", "organiser", "businesses",
                            "products_shown", "booths", "mous_signed", "deal_value_bn", "visitors")));

    String insertSql() {
        String values = fields.stream()
                .map(field -> "('" + field + "', o." + field + "::text, n." + field + "::text)")
                .collect(Collectors.joining(", "));
        return """
                INSERT INTO submission_diff (submission_id, previous_submission_id, part, row_key, change, field, old_value, new_value)
                SELECT :id, :previous, '%1$s', coalesce(n.row_key, o.row_key),
                       CASE WHEN o.row_key IS NULL THEN 'added' WHEN n.row_key IS NULL THEN 'removed' ELSE 'changed' END,
                       d.field, d.old_value, d.new_value
                FROM (SELECT %3$s AS row_key, * FROM %2$s WHERE submission_id = :id) n
                FULL JOIN (SELECT %3$s AS row_key, * FROM %2$s WHERE submission_id = :previous) o ON o.row_key = n.row_key
                LEFT JOIN LATERAL (VALUES %4$s) AS d(field, old_value, new_value)
                       ON o.row_key IS NOT NULL AND n.row_key IS NOT NULL AND d.old_value IS DISTINCT FROM d.new_value
                WHERE o.row_key IS NULL OR n.row_key IS NULL OR d.field IS NOT NULL
                """.formatted(part, table, keyExpression, values);
    }
}
