package vn.lienket.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One KPI figure of a scorecard with every workbook row behind it, in the scorecard's language: {@code total} is the
 * sum of the {@link TraceRow.Contribution#ADDED} rows ({@code null}, printed "—", when no province in scope reported
 * the KPI), over {@code reportedProvinces} of {@code provincesInScope} provinces, exactly as the scorecard prints it.
 * {@code definition} says how the KPI is computed from the rows (the catalogue's {@code source});
 * {@code notSubmitted} names the provinces in scope without a loaded submission for the quarter.
 */
public record TracedKpi(
        String code,
        String section,
        String label,
        String unit,
        String definition,
        BigDecimal total,
        int reportedProvinces,
        int provincesInScope,
        List<String> notSubmitted,
        List<TraceRow> rows) {

    public TracedKpi {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
        notSubmitted = List.copyOf(notSubmitted);
        rows = List.copyOf(rows);
    }

    /** The rows whose values are in the total. */
    public List<TraceRow> addedRows() {
        return rows.stream().filter(row -> row.contribution() == TraceRow.Contribution.ADDED).toList();
    }
}
