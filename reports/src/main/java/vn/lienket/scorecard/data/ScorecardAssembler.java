package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.BreakdownRow;
import vn.lienket.scorecard.IncludedSubmission;
import vn.lienket.scorecard.KpiRow;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.Scorecard;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.Subject;
import vn.lienket.scorecard.SubmissionStatus;
import vn.lienket.scorecard.SubmissionStatusRow;
import vn.lienket.scorecard.TrendPoint;
import vn.lienket.scorecard.TrendSeries;
import vn.lienket.scorecard.progress.Progress;
import vn.lienket.scorecard.progress.TrafficLightPolicy;

/**
 * Builds the {@link Scorecard} of a programme or a province for a quarter from the warehouse views.
 *
 * <p>Which submissions count is decided by the view. {@code AS_SUBMITTED}: each quarter's figures are those of the
 * provinces that were members in that quarter, in that quarter's era (P63 before 1 July 2025, P34 after), grouped by
 * the province that reported them. {@code CURRENT}: every quarter is rolled up through {@code v_province_rollup} to
 * today's provinces, and a programme is the set of today's provinces its members of the scorecard's quarter became,
 * so an eight-quarter trend across the merger is continuous.
 *
 * <p>Trends cover the eight quarters ending at the scorecard's quarter; that window also holds the previous quarter,
 * the same quarter a year earlier and the year to date, so one query reads every figure. The data-as-of time is the
 * latest {@code received_at} of the included submissions, never the clock: the same data renders the same bytes,
 * also when auditors replay the archive (a replay keeps each file's original time of receipt).
 */
public final class ScorecardAssembler {

    static final int TREND_QUARTERS = 8;
    private static final int QUARTERS_PER_YEAR = 4;
    private static final String TEXTS = "vn.lienket.scorecard.data.scorecard_data";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final TrafficLightPolicy policy;
    private final SubmissionStatuses statuses;
    private final ZoneId timeZone;

    public ScorecardAssembler(JdbcClient jdbc, TrafficLightPolicy policy, SubmissionStatuses statuses, ZoneId timeZone) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
    }

    /** Every programme with members in the quarter, then every member province (today's provinces in CURRENT). */
    public List<ScorecardSubject> subjects(Quarter quarter, ScorecardView view) {
        List<ScorecardSubject> subjects = new ArrayList<>();
        jdbc.sql("SELECT DISTINCT programme_code FROM v_programme_quarter_member WHERE quarter_key = :quarter ORDER BY 1")
                .param("quarter", quarter.key()).query(String.class).list()
                .forEach(code -> subjects.add(new ScorecardSubject.Programme(code)));
        String province = view == ScorecardView.CURRENT ? "r.current_province_key" : "m.province_key";
        jdbc.sql("""
                        SELECT DISTINCT p.era_code, p.code FROM v_programme_quarter_member m
                          JOIN v_province_rollup r ON r.province_key = m.province_key
                          JOIN dim_province p ON p.province_key = %s
                         WHERE m.quarter_key = :quarter ORDER BY p.code""".formatted(province))
                .param("quarter", quarter.key())
                .query((row, n) -> new ScorecardSubject.Province(new ProvinceId(row.getString(1), row.getString(2))))
                .list().forEach(subjects::add);
        return subjects;
    }

    public Scorecard assemble(ScorecardRequest request) {
        Quarter quarter = request.quarter();
        ReportLanguage language = request.language();
        List<Quarter> window = window(quarter);
        Scope scope = request.subject() instanceof ScorecardSubject.Programme programme
                ? programmeScope(programme, request)
                : provinceScope((ScorecardSubject.Province) request.subject(), request);
        KpiCatalogue catalogue = KpiCatalogue.read(jdbc);
        List<KpiValue> values = values(scope, window);
        KpiFigures total = new KpiFigures();
        Map<Integer, KpiFigures> byUnit = new HashMap<>();
        Set<Long> included = new TreeSet<>();
        Instant dataAsOf = null;
        for (KpiValue value : values) {
            total.add(value.quarter(), value.kpiCode(), value.value());
            byUnit.computeIfAbsent(value.unit(), unit -> new KpiFigures()).add(value.quarter(), value.kpiCode(), value.value());
            included.add(value.submissionId());
            dataAsOf = dataAsOf == null || value.receivedAt().isAfter(dataAsOf) ? value.receivedAt() : dataAsOf;
        }
        Map<String, Target> targets = scope.programmeCode() == null ? Map.of() : targets(scope.programmeCode(), quarter);
        List<KpiRow> kpis = new ArrayList<>();
        List<TrendSeries> trends = new ArrayList<>();
        List<BreakdownRow> breakdown = new ArrayList<>();
        for (KpiDefinition kpi : catalogue.kpis()) {
            kpis.add(kpiRow(kpi, total, quarter, language, targets.get(kpi.code())));
            if (kpi.charted()) {
                List<TrendPoint> points = window.stream().map(q -> new TrendPoint(q, total.value(q, kpi.code()))).toList();
                trends.add(new TrendSeries(kpi.label(language), kpi.unit(language), points));
            }
        }
        if (scope.breakdownUnits().size() > 1) {
            for (Map.Entry<Integer, String> unit : scope.breakdownUnits().entrySet()) {
                KpiFigures figures = byUnit.getOrDefault(unit.getKey(), new KpiFigures());
                for (KpiDefinition kpi : catalogue.kpis()) {
                    if (kpi.inBreakdown()) {
                        breakdown.add(new BreakdownRow(unit.getValue(), kpi.label(language) + " (" + kpi.unit(language) + ")",
                                figures.value(quarter, kpi.code())));
                    }
                }
            }
        }
        return new Scorecard(title(language, window, request.view()),
                scope.subject(), quarter, request.view(), language, scope.memberNames(), kpis, trends,
                submissionRows(scope.statusProvinces(), quarter), breakdown,
                dataAsOf == null ? endOf(quarter) : dataAsOf, includedSubmissions(included));
    }

    private KpiRow kpiRow(KpiDefinition kpi, KpiFigures figures, Quarter quarter, ReportLanguage language, Target target) {
        BigDecimal reported = figures.value(quarter, kpi.code());
        // The table needs a number; nobody having reported prints 0 and the submission table beside it says why.
        BigDecimal value = reported == null ? BigDecimal.ZERO : reported;
        BigDecimal qoq = KpiFigures.changePercent(reported, figures.value(quarter.previous(), kpi.code()));
        BigDecimal yoy = KpiFigures.changePercent(reported, figures.value(quarter.sameQuarterLastYear(), kpi.code()));
        String section = kpi.section(language);
        String label = kpi.label(language);
        String unit = kpi.unit(language);
        if (target == null) {
            return KpiRow.withoutTarget(section, label, unit, value, qoq, yoy);
        }
        Progress progress = target.quarterly()
                ? policy.assess(value, target.value(), 1, 1)
                : policy.assess(Objects.requireNonNullElse(figures.achievedInYear(quarter, kpi), BigDecimal.ZERO),
                        target.value(), quarter.quarter(), QUARTERS_PER_YEAR);
        return KpiRow.withProgress(section, label, unit, value, qoq, yoy, progress);
    }

    private Scope programmeScope(ScorecardSubject.Programme programme, ScorecardRequest request) {
        Quarter quarter = request.quarter();
        Map<String, Object> info = jdbc.sql("SELECT name_vi, name_en FROM dim_programme WHERE code = :code")
                .param("code", programme.code()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new UnknownSubjectException("no programme " + programme.code()));
        String name = (String) info.get(request.language() == ReportLanguage.VI ? "name_vi" : "name_en");
        List<Member> members = jdbc.sql("""
                        SELECT m.quarter_key, m.province_key, m.era_code, m.province_code, m.province_name_vi,
                               r.current_province_key, r.current_name_vi
                          FROM v_programme_quarter_member m
                          JOIN v_province_rollup r ON r.province_key = m.province_key
                         WHERE m.programme_code = :code AND m.quarter_key BETWEEN :from AND :to
                         ORDER BY m.quarter_key, m.province_code""")
                .param("code", programme.code()).param("from", window(quarter).get(0).key()).param("to", quarter.key())
                .query((row, n) -> new Member(Quarter.ofKey(row.getInt("quarter_key")), row.getInt("province_key"),
                        new ProvinceId(row.getString("era_code"), row.getString("province_code")), row.getString("province_name_vi"),
                        row.getInt("current_province_key"), row.getString("current_name_vi")))
                .list();
        List<Member> ofQuarter = members.stream().filter(m -> m.quarter().equals(quarter)).toList();
        if (ofQuarter.isEmpty()) {
            throw new UnknownSubjectException("programme " + programme.code() + " has no members in " + quarter);
        }
        Map<String, ProvinceId> statusProvinces = new LinkedHashMap<>();
        ofQuarter.forEach(m -> statusProvinces.put(m.name(), m.province()));
        Map<Quarter, Set<Integer>> units = new HashMap<>();
        Map<Integer, String> breakdownUnits = new LinkedHashMap<>();
        if (request.view() == ScorecardView.CURRENT) {
            ofQuarter.stream().sorted((a, b) -> a.currentName().compareTo(b.currentName()))
                    .forEach(m -> breakdownUnits.put(m.currentKey(), m.currentName()));
            window(quarter).forEach(q -> units.put(q, breakdownUnits.keySet()));
        } else {
            members.forEach(m -> units.computeIfAbsent(m.quarter(), q -> new LinkedHashSet<>()).add(m.provinceKey()));
            ofQuarter.forEach(m -> breakdownUnits.put(m.provinceKey(), m.name()));
        }
        return new Scope(Subject.programme(name), programme.code(), request.view() == ScorecardView.CURRENT, units,
                breakdownUnits, List.copyOf(breakdownUnits.values()), statusProvinces);
    }

    private Scope provinceScope(ScorecardSubject.Province subject, ScorecardRequest request) {
        ProvinceId id = subject.province();
        Map<String, Object> province = jdbc.sql("""
                        SELECT province_key, name_vi, current_province_key FROM v_province_rollup
                         WHERE era_code = :era AND code = :code""")
                .param("era", id.era()).param("code", id.code()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new UnknownSubjectException("no province " + id));
        boolean current = request.view() == ScorecardView.CURRENT;
        int unit = ((Number) province.get(current ? "current_province_key" : "province_key")).intValue();
        Map<String, Object> shown = jdbc.sql("SELECT era_code, code, name_vi FROM dim_province WHERE province_key = :key")
                .param("key", unit).query().singleRow();
        ProvinceId shownId = new ProvinceId((String) shown.get("era_code"), (String) shown.get("code"));
        String name = shown.get("name_vi") + " (" + shownId + ")";
        Map<Quarter, Set<Integer>> units = new HashMap<>();
        window(request.quarter()).forEach(q -> units.put(q, Set.of(unit)));
        List<String> memberNames = new ArrayList<>();
        Map<String, ProvinceId> statusProvinces = new LinkedHashMap<>();
        if (current) {
            String quarterEra = jdbc.sql("SELECT era_code FROM dim_quarter WHERE quarter_key = :quarter")
                    .param("quarter", request.quarter().key()).query(String.class).single();
            jdbc.sql("""
                            SELECT era_code, code, name_vi FROM v_province_rollup WHERE current_province_key = :unit
                             ORDER BY province_key = :unit DESC, era_code, code""")
                    .param("unit", unit)
                    .query((row, n) -> {
                        ProvinceId constituent = new ProvinceId(row.getString(1), row.getString(2));
                        memberNames.add(row.getString(3) + " (" + constituent + ")");
                        if (constituent.era().equals(quarterEra)) {
                            statusProvinces.put(row.getString(3), constituent);
                        }
                        return constituent;
                    })
                    .list();
        } else {
            memberNames.add(name);
            statusProvinces.put((String) shown.get("name_vi"), shownId);
        }
        return new Scope(Subject.province(name), null, current, units, Map.of(unit, name), memberNames, statusProvinces);
    }

    private List<KpiValue> values(Scope scope, List<Quarter> window) {
        Set<Integer> allUnits = new TreeSet<>();
        scope.unitsByQuarter().values().forEach(allUnits::addAll);
        if (allUnits.isEmpty()) {
            return List.of();
        }
        String unitColumn = scope.current() ? "current_province_key" : "province_key";
        return jdbc.sql("""
                        SELECT submission_id, %1$s AS unit, quarter_key, received_at, kpi_code, value
                          FROM v_kpi_submission_value
                         WHERE quarter_key BETWEEN :from AND :to AND %1$s IN (:units)
                         ORDER BY quarter_key, submission_id, kpi_code""".formatted(unitColumn))
                .param("from", window.get(0).key()).param("to", window.get(window.size() - 1).key())
                .param("units", List.copyOf(allUnits))
                .query((row, n) -> new KpiValue(row.getLong("submission_id"), row.getInt("unit"),
                        Quarter.ofKey(row.getInt("quarter_key")), row.getObject("received_at", OffsetDateTime.class).toInstant(),
                        row.getString("kpi_code"), row.getBigDecimal("value")))
                .list().stream()
                .filter(value -> scope.unitsByQuarter().getOrDefault(value.quarter(), Set.of()).contains(value.unit()))
                .toList();
    }

    /** The programme's targets for the quarter's year; a target set for the quarter itself replaces the annual one. */
    private Map<String, Target> targets(String programmeCode, Quarter quarter) {
        List<Map.Entry<String, Target>> rows = jdbc.sql("""
                        SELECT t.kpi_code, t.quarter, t.target_value FROM programme_target t
                          JOIN dim_programme g ON g.programme_key = t.programme_key
                         WHERE g.code = :code AND t.year = :year AND (t.quarter IS NULL OR t.quarter = :quarter)
                         ORDER BY t.quarter NULLS FIRST""")
                .param("code", programmeCode).param("year", quarter.year()).param("quarter", quarter.quarter())
                .query((row, n) -> Map.entry(row.getString(1), new Target(row.getObject(2) != null, row.getBigDecimal(3))))
                .list();
        Map<String, Target> targets = new HashMap<>();
        rows.forEach(row -> targets.put(row.getKey(), row.getValue()));
        return targets;
    }

    private List<SubmissionStatusRow> submissionRows(Map<String, ProvinceId> provinces, Quarter quarter) {
        Map<ProvinceId, SubmissionStatuses.ProvinceSubmission> known = statuses.of(quarter);
        List<SubmissionStatusRow> rows = new ArrayList<>();
        provinces.forEach((name, id) -> {
            SubmissionStatuses.ProvinceSubmission submission = known.get(id);
            rows.add(submission == null ? new SubmissionStatusRow(name, SubmissionStatus.MISSING, null)
                    : new SubmissionStatusRow(name, submission.status(), submission.receivedOn()));
        });
        return rows;
    }

    private List<IncludedSubmission> includedSubmissions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT submission_id, file_sha256 FROM submission WHERE submission_id IN (:ids) ORDER BY submission_id")
                .param("ids", List.copyOf(ids))
                .query((row, n) -> new IncludedSubmission(String.valueOf(row.getLong(1)), row.getString(2)))
                .list();
    }

    /** Says on the title when an "as submitted" trend mixes the old and the new province map. */
    private String title(ReportLanguage language, List<Quarter> window, ScorecardView view) {
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<LocalDate> eraStarts = jdbc.sql("""
                        SELECT DISTINCT e.valid_from FROM dim_quarter q JOIN dim_era e ON e.era_code = q.era_code
                         WHERE q.quarter_key BETWEEN :from AND :to ORDER BY 1""")
                .param("from", window.get(0).key()).param("to", window.get(window.size() - 1).key())
                .query(LocalDate.class).list();
        if (view == ScorecardView.AS_SUBMITTED && eraStarts.size() > 1) {
            return new MessageFormat(texts.getString("title.acrossEras"), language.locale())
                    .format(new Object[] {eraStarts.get(eraStarts.size() - 1).format(DAY)});
        }
        return texts.getString("title");
    }

    private Instant endOf(Quarter quarter) {
        return quarter.next().firstDay().atStartOfDay(timeZone).toInstant();
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

    /**
     * Whose figures count: per quarter, the units (province keys, or today's province keys in CURRENT) in scope;
     * the units of the scorecard's quarter for the per-province table; the provinces whose submission status is shown.
     */
    private record Scope(Subject subject, String programmeCode, boolean current, Map<Quarter, Set<Integer>> unitsByQuarter,
                         Map<Integer, String> breakdownUnits, List<String> memberNames, Map<String, ProvinceId> statusProvinces) {
    }

    private record Member(Quarter quarter, int provinceKey, ProvinceId province, String name, int currentKey, String currentName) {
    }

    private record KpiValue(long submissionId, int unit, Quarter quarter, Instant receivedAt, String kpiCode, BigDecimal value) {
    }

    private record Target(boolean quarterly, BigDecimal value) {
    }

    /** The programme or province does not exist, or has no members in the quarter. */
    public static class UnknownSubjectException extends IllegalArgumentException {
        public UnknownSubjectException(String message) {
            super(message);
        }
    }
}
