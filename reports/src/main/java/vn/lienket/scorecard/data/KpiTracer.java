package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.TraceRow;
import vn.lienket.scorecard.TracedKpi;
import vn.lienket.scorecard.TraceRow.Contribution;

/**
 * Traces the KPI figures of a scorecard back to the workbook rows they were computed from, for auditors
 * ({@code lienket trace}) and the scorecard's own trace sheets.
 *
 * <p>It cannot disagree with the scorecard because it reads the same definitions: the provinces a figure counts come
 * from the scorecard's own scope ({@link ScorecardQueries}), and each row's part in a KPI from
 * {@code v_kpi_fact_lineage}, the view {@code v_kpi_submission_value} (what the scorecard adds up) is computed from. A
 * submission's value is the sum of its rows, or unknown when one of them is blank; the figure is the sum over the
 * provinces that reported.
 */
public final class KpiTracer {

    private final JdbcClient jdbc;
    private final ScorecardQueries queries;
    private final Supplier<ScorecardProvinces> provinces;

    /** @param provinces the eras and provinces as the warehouse has them now (asked once per trace) */
    public KpiTracer(JdbcClient jdbc, Supplier<ScorecardProvinces> provinces) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.queries = new ScorecardQueries(jdbc);
        this.provinces = Objects.requireNonNull(provinces, "provinces");
    }

    /** The trace of one KPI of the scorecard {@code request} names. */
    public TracedKpi trace(ScorecardRequest request, String kpiCode) {
        KpiDefinition kpi = queries.catalogue().kpis().stream().filter(k -> k.code().equals(kpiCode)).findFirst()
                .orElseThrow(() -> new UnknownKpiException(kpiCode));
        return trace(request, List.of(kpi)).get(kpi.code());
    }

    /**
     * The command that prints the trace of a KPI of the scorecard {@code request} names, the KPI code left for the
     * reader to fill in: {@code lienket trace --quarter 2025-Q3 --programme HCMC_TN --view current --kpi <…>}.
     */
    public static String commandLine(ScorecardRequest request) {
        String subject = request.subject() instanceof ScorecardSubject.Programme ? "--programme " : "--province ";
        String view = request.view() == ScorecardView.CURRENT ? "current" : "as-submitted";
        String language = request.language() == ReportLanguage.EN ? " --lang en" : "";
        return "lienket trace --quarter " + request.quarter() + " " + subject + request.subject().code() + " --view " + view
                + language + " --kpi";
    }

    /** The trace of every KPI of the catalogue, in the scorecard's order, read in one query. */
    public Map<String, TracedKpi> traceAll(ScorecardRequest request) {
        return trace(request, queries.catalogue().kpis());
    }

    private Map<String, TracedKpi> trace(ScorecardRequest request, List<KpiDefinition> kpis) {
        return trace(request, queries.scope(request, provinces.get()), kpis);
    }

    /** The traces of {@code kpis} over a scope already read (the scorecard's own, when it carries its traces). */
    Map<String, TracedKpi> trace(ScorecardRequest request, ScorecardScope scope, List<KpiDefinition> kpis) {
        Set<Integer> provinces = scope.provincesByQuarter().getOrDefault(request.quarter(), Map.of()).keySet();
        List<String> codes = kpis.stream().map(KpiDefinition::code).toList();
        List<Lineage> lineage = provinces.isEmpty() ? List.of() : lineage(request, provinces, codes);
        Map<Long, Integer> loaded = provinces.isEmpty() ? Map.of() : loadedSubmissions(request, provinces);
        List<Integer> missing = provinces.stream().filter(p -> !loaded.containsValue(p)).toList();
        ScorecardProvinces units = this.provinces.get();
        List<String> notSubmitted = missing.stream().map(units::named).flatMap(Optional::stream)
                .sorted(Comparator.comparing((ScorecardProvinces.NamedProvince named) -> named.id().era())
                        .thenComparing(named -> named.id().code()))
                .map(named -> named.nameVi() + " (" + named.id() + ")").toList();
        Map<String, String> definitions = new HashMap<>();
        jdbc.sql("SELECT code, source FROM dim_kpi").query((row, n) -> definitions.put(row.getString(1), row.getString(2))).list();

        Map<String, TracedKpi> traces = new LinkedHashMap<>();
        ReportLanguage language = request.language();
        for (KpiDefinition kpi : kpis) {
            List<Lineage> ofKpi = lineage.stream().filter(l -> l.kpiCode().equals(kpi.code())).toList();
            Set<Long> blank = new HashSet<>();
            ofKpi.stream().filter(l -> l.value() == null && !l.superseded()).forEach(l -> blank.add(l.submissionId()));
            List<TraceRow> rows = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Lineage l : ofKpi) {
                Contribution contribution = l.superseded() ? Contribution.SUPERSEDED
                        : l.value() == null ? Contribution.BLANK
                        : blank.contains(l.submissionId()) ? Contribution.NOT_COUNTED
                        : Contribution.ADDED;
                if (contribution == Contribution.ADDED) {
                    sum = sum.add(l.value());
                }
                rows.add(new TraceRow(kpi.code(), l.submissionId(), l.province().toString(), l.originalFilename(), l.fileSha256(),
                        l.sheet(), l.row(), l.item(), l.value(), contribution));
            }
            Set<Integer> reported = new HashSet<>();
            loaded.forEach((submission, province) -> {
                if (!blank.contains(submission)) {
                    reported.add(province);
                }
            });
            traces.put(kpi.code(), new TracedKpi(kpi.code(), kpi.section(language), kpi.label(language), kpi.unit(language),
                    definitions.get(kpi.code()), reported.isEmpty() ? null : sum, reported.size(), provinces.size(), notSubmitted,
                    rows));
        }
        return traces;
    }

    /** The loaded submissions of the provinces for the quarter, each with its province, as the scorecard's values see them. */
    private Map<Long, Integer> loadedSubmissions(ScorecardRequest request, Set<Integer> provinces) {
        Map<Long, Integer> loaded = new HashMap<>();
        jdbc.sql("""
                        SELECT submission_id, province_key FROM v_loaded_submission
                         WHERE quarter_key = :quarter AND province_key IN (:provinces)""")
                .param("quarter", request.quarter().key()).param("provinces", List.copyOf(provinces))
                .query((row, n) -> loaded.put(row.getLong(1), row.getInt(2))).list();
        return loaded;
    }

    private List<Lineage> lineage(ScorecardRequest request, Set<Integer> provinces, List<String> kpiCodes) {
        return jdbc.sql("""
                        SELECT s.submission_id, s.province_key, p.era_code, p.code, s.original_filename, s.file_sha256, s.status = :superseded,
                               l.kpi_code, l.source_sheet, l.source_row, l.item, l.value
                          FROM submission s
                          JOIN dim_province p ON p.province_key = s.province_key
                          JOIN v_kpi_fact_lineage l ON l.submission_id = s.submission_id
                         WHERE s.quarter_key = :quarter AND s.province_key IN (:provinces) AND l.kpi_code IN (:kpis)
                           AND s.status IN (:loaded, :superseded)
                         ORDER BY s.submission_id, l.fact_table, l.source_row""")
                .param("quarter", request.quarter().key()).param("provinces", List.copyOf(provinces)).param("kpis", kpiCodes)
                .param("loaded", SubmissionStatus.LOADED.code()).param("superseded", SubmissionStatus.SUPERSEDED.code())
                .query((row, n) -> new Lineage(row.getLong(1), row.getInt(2), new ProvinceId(row.getString(3), row.getString(4)),
                        row.getString(5), row.getString(6), row.getBoolean(7), row.getString(8), row.getString(9), row.getInt(10),
                        row.getString(11), row.getBigDecimal(12)))
                .list();
    }

    private record Lineage(long submissionId, int provinceKey, ProvinceId province, String originalFilename, String fileSha256,
                           boolean superseded, String kpiCode, String sheet, int row, String item, BigDecimal value) {
    }

    /** The KPI code is not in the catalogue ({@code dim_kpi}). */
    public static class UnknownKpiException extends IllegalArgumentException {
        public UnknownKpiException(String code) {
            super("no KPI " + code);
        }
    }
}
