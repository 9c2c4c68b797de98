package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.lienket.scorecard.TraceRow;

/**
 * Every workbook row behind one KPI figure of one scorecard, and the figure they add up to: {@code total} is the sum
 * of the {@link TraceRow.Contribution#ADDED} rows ({@code null}, printed "—", when no province in scope reported the
 * KPI), over {@code reportedProvinces} of {@code provincesInScope} provinces, exactly as the scorecard prints it.
 * {@code definition} says in words how the KPI is computed from the rows ({@code dim_kpi.source});
 * {@code notSubmitted} names the provinces in scope without a loaded submission for the quarter.
 */
public record KpiTrace(
        ScorecardRequest request,
        KpiDefinition kpi,
        String definition,
        List<TraceRow> rows,
        BigDecimal total,
        int reportedProvinces,
        int provincesInScope,
        List<String> notSubmitted) {

    public KpiTrace {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(kpi, "kpi");
        rows = List.copyOf(rows);
        notSubmitted = List.copyOf(notSubmitted);
    }

    /** The rows whose values are in the total. */
    public List<TraceRow> addedRows() {
        return rows.stream().filter(row -> row.contribution() == TraceRow.Contribution.ADDED).toList();
    }
}
