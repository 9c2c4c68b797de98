package vn.lienket.intake.commit;

import java.util.List;
import java.util.stream.Collectors;

import vn.lienket.intake.staging.FactPart;

/**
 * How one part of the workbook is compared between a submission and the one it supersedes: rows are
 * matched on a natural key; a row only on one side is added or removed; a matched row contributes
 * one difference per field whose value changed. Computed set-based in PostgreSQL.
 */
record FactDiff(String part, String table, String keyExpression, List<String> fields) {

    static final List<FactDiff> ALL = FactPart.ALL.stream().map(FactDiff::of).toList();

    /** The diff of a part: its key, and the columns its description marks as compared. */
    static FactDiff of(FactPart<?> part) {
        return new FactDiff(part.part(), part.table(), part.keyExpression(),
                part.comparedColumns().stream().map(FactPart.Column::name).toList());
    }

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
