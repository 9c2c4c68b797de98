package vn.lienket.scorecard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.lienket.domain.Quarter;

/**
 * Everything one scorecard prints, already in its language: the renderer adds layout and the
 * fixed labels, never figures. {@code notes} open the first page (a missing submission first, then which provinces
 * the figures and the submission table cover); {@code footnotes} close the scorecard (the legend of "—", figures a
 * reader must not add up across programmes). {@code dataAsOf} is when the newest included figure was loaded;
 * it is printed and becomes the PDF's creation date, so the same data gives the same bytes. {@code traces} hold every
 * workbook row behind each KPI figure (the XLSX's trace sheets), in the order of {@code kpis}.
 */
public record Scorecard(
        String title,
        Subject subject,
        Quarter quarter,
        ScorecardView view,
        ReportLanguage language,
        List<String> memberProvinces,
        List<String> notes,
        List<KpiRow> kpis,
        List<TrendSeries> trends,
        List<SubmissionStatusRow> submissions,
        List<BreakdownRow> breakdown,
        Instant dataAsOf,
        List<IncludedSubmission> includedSubmissions,
        List<String> footnotes,
        List<TracedKpi> traces) {

    public Scorecard {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(dataAsOf, "dataAsOf");
        memberProvinces = List.copyOf(memberProvinces);
        notes = List.copyOf(notes);
        footnotes = List.copyOf(footnotes);
        kpis = List.copyOf(kpis);
        trends = List.copyOf(trends);
        submissions = List.copyOf(submissions);
        breakdown = List.copyOf(breakdown);
        includedSubmissions = List.copyOf(includedSubmissions);
        traces = List.copyOf(traces);
    }
}
