package vn.lienket.scorecard.data;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.TracedKpi;
import vn.lienket.scorecard.data.ScorecardQueries.KpiValue;
import vn.lienket.scorecard.data.ScorecardQueries.Target;
import vn.lienket.scorecard.progress.TrafficLightPolicy;

/**
 * Builds the {@link Scorecard} of a programme or a province for a quarter from the warehouse views.
 *
 * <p>Which submissions count is decided by the view. {@code AS_SUBMITTED}: each quarter's figures are those of the
 * provinces that were members in that quarter, in that quarter's era (P63 before 1 July 2025, P34 after), grouped by
 * the province that reported them. {@code CURRENT}: every quarter is rolled up through {@code v_province_rollup} to
 * today's provinces, and a programme is the set of today's provinces its members of the scorecard's quarter became,
 * so an eight-quarter trend across the merger is continuous. In both views the submission table lists exactly the
 * provinces whose figures the quarter counts, and the first page says which in one sentence.
 *
 * <p>Blank is not zero: a province that sent nothing or left a measure blank has not reported it; totals add the
 * provinces that did ("n/m"), and changes compare only quarters the same provinces reported ({@link KpiFigures}).
 *
 * <p>Three parts: {@link ScorecardQueries} asks the warehouse (scope, values, targets), {@link ScorecardAssembly}
 * builds the scorecard from the answers without SQL, and this class puts them together with the submission statuses
 * handed in by operations.
 *
 * <p>Trends cover the eight quarters ending at the scorecard's quarter; that window also holds the previous quarter,
 * the same quarter a year earlier and the year to date, so one query reads every figure. The data-as-of time is the
 * latest {@code received_at} of the included submissions, never the clock: the same data renders the same bytes,
 * also when auditors replay the archive (a replay keeps each file's original time of receipt).
 */
public final class ScorecardAssembler {

    static final int TREND_QUARTERS = 8;

    private final ScorecardQueries queries;
    private final ScorecardAssembly assembly;
    private final SubmissionStatuses statuses;
    private final Supplier<ScorecardProvinces> provinces;
    private final KpiTracer tracer;

    /** @param provinces the eras and provinces as the warehouse has them now (asked once per scorecard) */
    public ScorecardAssembler(JdbcClient jdbc, TrafficLightPolicy policy, SubmissionStatuses statuses, ZoneId timeZone,
                              Supplier<ScorecardProvinces> provinces) {
        this.queries = new ScorecardQueries(Objects.requireNonNull(jdbc, "jdbc"));
        this.provinces = Objects.requireNonNull(provinces, "provinces");
        this.assembly = new ScorecardAssembly(policy, timeZone);
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.tracer = new KpiTracer(jdbc, provinces);
    }

    /** Every programme with members in the quarter, then every member province (today's provinces in CURRENT). */
    public List<ScorecardSubject> subjects(Quarter quarter, ScorecardView view) {
        return queries.subjects(quarter, view);
    }

    /**
     * The view a scorecard of {@code quarter} is drawn on when the user names none: "as submitted" for a quarter of an
     * earlier era (the provinces as they were), today's provinces for a quarter of the current era.
     */
    public ScorecardView defaultView(Quarter quarter) {
        return ScorecardEras.defaultView(quarter, provinces.get().eras());
    }

    /**
     * A digest of what the scorecards of {@code quarter} read besides the reference data ({@code v_scorecard_input}):
     * the submissions of the eight-quarter window with their statuses and the targets of its years. Same digest, same
     * scorecards; it is computed beside the queries it mirrors.
     */
    public String inputsDigest(Quarter quarter) {
        return queries.inputsDigest(quarter);
    }

    public Scorecard assemble(ScorecardRequest request) {
        List<Quarter> window = window(request.quarter());
        ScorecardProvinces units = provinces.get();
        ScorecardScope scope = queries.scope(request, units);
        List<KpiValue> values = queries.values(scope, window);
        Set<Long> included = new TreeSet<>();
        values.forEach(value -> included.add(value.submissionId()));
        Map<String, Target> targets = scope.programmeCode() == null ? Map.of() : queries.targets(scope.programmeCode(), request.quarter());
        KpiCatalogue catalogue = queries.catalogue();
        return assembly.assemble(new ScorecardAssembly.Inputs(request, scope, catalogue, values, targets,
                statuses.of(request.quarter(), scope.statusProvinces().keySet()), queries.includedSubmissions(included),
                ScorecardEras.starts(window, units.eras()), ScorecardEras.spanEarlierEra(window, units.eras()),
                tracer.trace(request, scope, catalogue.kpis())));
    }

    /**
     * Every workbook row behind one KPI figure of the scorecard {@code request} names, and how each entered it
     * ({@code lienket trace}); the total is the figure the scorecard prints.
     *
     * @throws KpiTracer.UnknownKpiException when the catalogue has no such KPI
     */
    public TracedKpi trace(ScorecardRequest request, String kpiCode) {
        return tracer.trace(request, kpiCode);
    }

    /** The eight quarters a scorecard reads, oldest first, ending at {@code quarter}. */
    public static List<Quarter> window(Quarter quarter) {
        List<Quarter> window = new ArrayList<>();
        Quarter q = quarter;
        for (int i = 0; i < TREND_QUARTERS; i++) {
            window.add(0, q);
            q = q.previous();
        }
        return window;
    }

    /** The programme or province does not exist, or has no members in the quarter. */
    public static class UnknownSubjectException extends IllegalArgumentException {
        public UnknownSubjectException(String message) {
            super(message);
        }
    }
}
