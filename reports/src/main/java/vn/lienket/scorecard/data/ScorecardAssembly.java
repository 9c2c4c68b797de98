package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

import vn.lienket.domain.MessageBundle;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.domain.VietnameseOrder;
import vn.lienket.scorecard.BreakdownRow;
import vn.lienket.scorecard.IncludedSubmission;
import vn.lienket.scorecard.KpiRow;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.SubmissionStatus;
import vn.lienket.scorecard.SubmissionStatusRow;
import vn.lienket.scorecard.TracedKpi;
import vn.lienket.scorecard.TrendPoint;
import vn.lienket.scorecard.TrendSeries;
import vn.lienket.scorecard.data.ScorecardQueries.KpiValue;
import vn.lienket.scorecard.data.ScorecardQueries.Target;
import vn.lienket.scorecard.progress.Progress;
import vn.lienket.scorecard.progress.TrafficLight;
import vn.lienket.scorecard.progress.TrafficLightPolicy;

/**
 * Builds a {@link Scorecard} from what the warehouse answered ({@link ScorecardQueries}), without SQL: the KPI rows
 * (sums over the provinces that reported, changes over the same provinces, progress and light), trends, the
 * per-province table, the submission table in Vietnamese order, the notes that open the first page and the footnotes.
 */
final class ScorecardAssembly {

    /** Province names are listed in Vietnamese reading order in both languages: Đắk Lắk before Gia Lai. */
    static final Comparator<String> VIETNAMESE = VietnameseOrder.names();

    private static final int QUARTERS_PER_YEAR = 4;
    private static final MessageBundle TEXTS = new MessageBundle("vn.lienket.scorecard.data.scorecard_data");

    private final TrafficLightPolicy policy;
    private final ZoneId timeZone;

    ScorecardAssembly(TrafficLightPolicy policy, ZoneId timeZone) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
    }

    /** What one scorecard is made of, as read from the warehouse. */
    record Inputs(ScorecardRequest request, ScorecardScope scope, KpiCatalogue catalogue, List<KpiValue> values,
                  Map<String, Target> targets, Map<ProvinceId, SubmissionStatuses.ProvinceSubmission> statuses,
                  List<IncludedSubmission> includedSubmissions, List<LocalDate> eraStarts, boolean spansEarlierEra,
                  Map<String, TracedKpi> traces) {
    }

    Scorecard assemble(Inputs inputs) {
        ScorecardRequest request = inputs.request();
        ScorecardScope scope = inputs.scope();
        Quarter quarter = request.quarter();
        ReportLanguage language = request.language();
        ResourceBundle texts = texts(language);
        List<Quarter> window = ScorecardAssembler.window(quarter);
        KpiFigures total = new KpiFigures();
        scope.provincesByQuarter().forEach((q, provinces) -> provinces.forEach((province, unit) -> total.expect(q, province, unit)));
        Set<Integer> submittedInQuarter = new HashSet<>();
        Instant dataAsOf = null;
        for (KpiValue value : inputs.values()) {
            total.add(value.quarter(), value.province(), value.kpiCode(), value.value());
            if (value.quarter().equals(quarter)) {
                submittedInQuarter.add(value.province());
            }
            dataAsOf = dataAsOf == null || value.receivedAt().isAfter(dataAsOf) ? value.receivedAt() : dataAsOf;
        }
        List<KpiRow> kpis = new ArrayList<>();
        List<TrendSeries> trends = new ArrayList<>();
        List<BreakdownRow> breakdown = new ArrayList<>();
        for (KpiDefinition kpi : inputs.catalogue().kpis()) {
            kpis.add(kpiRow(kpi, total, quarter, language, inputs.targets().get(kpi.code())));
            if (kpi.charted()) {
                List<TrendPoint> points = window.stream().map(q -> new TrendPoint(q, total.value(q, kpi.code()))).toList();
                trends.add(new TrendSeries(kpi.label(language), kpi.unit(language), points));
            }
        }
        if (scope.breakdownUnits().size() > 1) {
            for (Map.Entry<Integer, String> unit : scope.breakdownUnits().entrySet()) {
                for (KpiDefinition kpi : inputs.catalogue().kpis()) {
                    if (kpi.inBreakdown()) {
                        breakdown.add(new BreakdownRow(unit.getValue(), kpi.label(language) + " (" + kpi.unit(language) + ")",
                                total.unitValue(quarter, unit.getKey(), kpi.code())));
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (submittedInQuarter.isEmpty()) {
            String quarterLabel = quarter.quarter() + "/" + quarter.year();
            notes.add(scope.programmeCode() == null
                    ? format(texts, "note.noSubmission.province", language, scope.subject().name(), quarterLabel)
                    : format(texts, "note.noSubmission.programme", language, quarterLabel));
        }
        notes.add(format(texts, "rule." + (scope.programmeCode() == null ? "province." : "programme.") + request.view().name(),
                language, String.join(", ", scope.memberNames())));
        if (request.view() == ScorecardView.CURRENT && scope.programmeCode() != null && inputs.spansEarlierEra()) {
            notes.add(texts.getString("note.restated"));
        }
        List<String> footnotes = new ArrayList<>();
        footnotes.add(texts.getString("footnote.legend"));
        scope.overlaps().forEach((programmeName, provinces) ->
                footnotes.add(format(texts, "footnote.overlap", language, String.join(", ", provinces), programmeName)));
        footnotes.add(format(texts, "footnote.trace", language, KpiTracer.commandLine(request)));
        return new Scorecard(title(texts, language, inputs.eraStarts(), request.view()),
                scope.subject(), quarter, request.view(), language, scope.memberNames(), notes, kpis, trends,
                submissionRows(scope.statusProvinces(), inputs.statuses()), breakdown,
                dataAsOf == null ? endOf(quarter) : dataAsOf, inputs.includedSubmissions(), footnotes,
                inputs.catalogue().kpis().stream().map(kpi -> inputs.traces().get(kpi.code())).filter(Objects::nonNull).toList());
    }

    private KpiRow kpiRow(KpiDefinition kpi, KpiFigures figures, Quarter quarter, ReportLanguage language, Target target) {
        BigDecimal value = figures.value(quarter, kpi.code());
        int reported = figures.reportedProvinces(quarter, kpi.code());
        int inScope = figures.provincesInScope(quarter);
        BigDecimal qoq = figures.change(quarter, quarter.previous(), kpi.code());
        BigDecimal yoy = figures.change(quarter, quarter.sameQuarterLastYear(), kpi.code());
        String section = kpi.section(language);
        String label = kpi.label(language);
        String unit = kpi.unit(language);
        if (target == null) {
            return KpiRow.withoutTarget(section, label, unit, value, reported, inScope, qoq, yoy);
        }
        BigDecimal achieved = target.quarterly() ? value : figures.achievedInYear(quarter, kpi);
        if (achieved == null) {
            // Nobody reported the KPI: there is no progress to judge, and no light.
            return new KpiRow(section, label, unit, null, reported, inScope, qoq, yoy,
                    policy.assess(BigDecimal.ZERO, target.value(), 1, 1).target(), null, TrafficLight.NONE);
        }
        Progress progress = target.quarterly()
                ? policy.assess(achieved, target.value(), 1, 1)
                : policy.assess(achieved, target.value(), quarter.quarter(), QUARTERS_PER_YEAR);
        return KpiRow.withProgress(section, label, unit, value, reported, inScope, qoq, yoy, progress);
    }

    /** The status of every province whose figures the scorecard counts for the quarter, in Vietnamese name order. */
    private static List<SubmissionStatusRow> submissionRows(Map<ProvinceId, String> provinces,
                                                            Map<ProvinceId, SubmissionStatuses.ProvinceSubmission> known) {
        List<SubmissionStatusRow> rows = new ArrayList<>();
        provinces.forEach((id, name) -> {
            SubmissionStatuses.ProvinceSubmission submission = known.get(id);
            rows.add(submission == null ? new SubmissionStatusRow(name, SubmissionStatus.MISSING, null)
                    : new SubmissionStatusRow(name, submission.status(), submission.receivedOn()));
        });
        rows.sort(Comparator.comparing(SubmissionStatusRow::province, VIETNAMESE));
        return rows;
    }

    /** Says on the title when an "as submitted" trend mixes the old and the new province map. */
    private static String title(ResourceBundle texts, ReportLanguage language, List<LocalDate> eraStarts, ScorecardView view) {
        if (view == ScorecardView.AS_SUBMITTED && eraStarts.size() > 1) {
            return new MessageFormat(texts.getString("title.acrossEras"), language.locale())
                    .format(new Object[] {eraStarts.get(eraStarts.size() - 1).format(VietnameseDates.DAY)});
        }
        return texts.getString("title");
    }

    private Instant endOf(Quarter quarter) {
        return quarter.next().firstDay().atStartOfDay(timeZone).toInstant();
    }

    /** {@code names} ordered by name the Vietnamese way. */
    static Map<Integer, String> sortedByName(Map<Integer, String> names) {
        Map<Integer, String> sorted = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(VIETNAMESE))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private static String format(ResourceBundle texts, String key, ReportLanguage language, Object... arguments) {
        return new MessageFormat(texts.getString(key), language.locale()).format(arguments);
    }

    private static ResourceBundle texts(ReportLanguage language) {
        return TEXTS.bundle(language.locale());
    }
}
