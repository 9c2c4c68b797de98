package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import vn.lienket.scorecard.progress.TrafficLight;
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
    /** Province names are listed in Vietnamese reading order in both languages: Đắk Lắk before Gia Lai. */
    private static final Comparator<String> VIETNAMESE = comparator();

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

    /**
     * The view a scorecard of {@code quarter} is drawn on when the user names none: "as submitted" for a quarter of an
     * earlier era (the provinces as they were), today's provinces for a quarter of the current era.
     */
    public ScorecardView defaultView(Quarter quarter) {
        boolean currentEra = jdbc.sql("""
                        SELECT e.valid_to IS NULL FROM dim_quarter q JOIN dim_era e ON e.era_code = q.era_code
                         WHERE q.quarter_key = :quarter""")
                .param("quarter", quarter.key()).query(Boolean.class).optional().orElse(true);
        return currentEra ? ScorecardView.CURRENT : ScorecardView.AS_SUBMITTED;
    }

    /**
     * A digest of what the scorecards of {@code quarter} read besides the reference data ({@code v_scorecard_input}):
     * the submissions of the eight-quarter window with their statuses and the targets of its years. Same digest, same
     * scorecards; it sits here, beside the queries it mirrors.
     */
    public String inputsDigest(Quarter quarter) {
        Quarter first = window(quarter).get(0);
        return jdbc.sql("""
                        SELECT md5(coalesce(string_agg(input, E'\\n' ORDER BY input), '')) FROM v_scorecard_input
                         WHERE quarter_key BETWEEN :from AND :to
                            OR (quarter_key IS NULL AND year BETWEEN :fromYear AND :toYear)""")
                .param("from", first.key()).param("to", quarter.key())
                .param("fromYear", first.year()).param("toYear", quarter.year())
                .query(String.class).single();
    }

    public Scorecard assemble(ScorecardRequest request) {
        Quarter quarter = request.quarter();
        ReportLanguage language = request.language();
        ResourceBundle texts = texts(language);
        List<Quarter> window = window(quarter);
        Scope scope = request.subject() instanceof ScorecardSubject.Programme programme
                ? programmeScope(programme, request)
                : provinceScope((ScorecardSubject.Province) request.subject(), request);
        KpiCatalogue catalogue = KpiCatalogue.read(jdbc);
        KpiFigures total = new KpiFigures();
        scope.provincesByQuarter().forEach((q, provinces) -> provinces.forEach((province, unit) -> total.expect(q, province, unit)));
        Set<Long> included = new TreeSet<>();
        Set<Integer> submittedInQuarter = new HashSet<>();
        Instant dataAsOf = null;
        for (KpiValue value : values(scope, window)) {
            total.add(value.quarter(), value.province(), value.kpiCode(), value.value());
            included.add(value.submissionId());
            if (value.quarter().equals(quarter)) {
                submittedInQuarter.add(value.province());
            }
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
                for (KpiDefinition kpi : catalogue.kpis()) {
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
        if (request.view() == ScorecardView.CURRENT && scope.programmeCode() != null && spansEarlierEra(window)) {
            notes.add(texts.getString("note.restated"));
        }
        List<String> footnotes = new ArrayList<>();
        footnotes.add(texts.getString("footnote.legend"));
        scope.overlaps().forEach((programmeName, provinces) ->
                footnotes.add(format(texts, "footnote.overlap", language, String.join(", ", provinces), programmeName)));
        return new Scorecard(title(texts, language, window, request.view()),
                scope.subject(), quarter, request.view(), language, scope.memberNames(), notes, kpis, trends,
                submissionRows(scope.statusProvinces(), quarter), breakdown,
                dataAsOf == null ? endOf(quarter) : dataAsOf, includedSubmissions(included), footnotes);
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

    /**
     * "As submitted": each quarter counts the programme's members of that quarter, each under itself. Current: the
     * programme is today's provinces its members of the scorecard's quarter became, and each quarter counts every
     * province of that quarter's map now part of one of them (the status table lists the same provinces).
     */
    private Scope programmeScope(ScorecardSubject.Programme programme, ScorecardRequest request) {
        Quarter quarter = request.quarter();
        List<Quarter> window = window(quarter);
        Map<String, Object> info = jdbc.sql("SELECT name_vi, name_en FROM dim_programme WHERE code = :code")
                .param("code", programme.code()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new UnknownSubjectException("no programme " + programme.code()));
        String name = (String) info.get(request.language() == ReportLanguage.VI ? "name_vi" : "name_en");
        List<Member> members = jdbc.sql("""
                        SELECT m.quarter_key, m.province_key, m.era_code, m.province_code, m.province_name_vi,
                               r.current_province_key, r.current_name_vi
                          FROM v_programme_quarter_member m
                          JOIN v_province_rollup r ON r.province_key = m.province_key
                         WHERE m.programme_code = :code AND m.quarter_key BETWEEN :from AND :to""")
                .param("code", programme.code()).param("from", window.get(0).key()).param("to", quarter.key())
                .query((row, n) -> new Member(Quarter.ofKey(row.getInt("quarter_key")), row.getInt("province_key"),
                        new ProvinceId(row.getString("era_code"), row.getString("province_code")), row.getString("province_name_vi"),
                        row.getInt("current_province_key"), row.getString("current_name_vi")))
                .list();
        List<Member> ofQuarter = members.stream().filter(m -> m.quarter().equals(quarter)).toList();
        if (ofQuarter.isEmpty()) {
            throw new UnknownSubjectException("programme " + programme.code() + " has no members in " + quarter);
        }
        boolean current = request.view() == ScorecardView.CURRENT;
        Map<Quarter, Map<Integer, Integer>> provinces = new HashMap<>();
        Map<Integer, String> units = new HashMap<>();
        Map<ProvinceId, String> statusProvinces = new HashMap<>();
        if (current) {
            ofQuarter.forEach(m -> units.put(m.currentKey(), m.currentName()));
            constituents(units.keySet(), window).forEach(c -> {
                provinces.computeIfAbsent(c.quarter(), q -> new HashMap<>()).put(c.provinceKey(), c.unit());
                if (c.quarter().equals(quarter)) {
                    statusProvinces.put(c.province(), c.name());
                }
            });
        } else {
            members.forEach(m -> provinces.computeIfAbsent(m.quarter(), q -> new HashMap<>()).put(m.provinceKey(), m.provinceKey()));
            ofQuarter.forEach(m -> {
                units.put(m.provinceKey(), m.name());
                statusProvinces.put(m.province(), m.name());
            });
        }
        Map<Integer, String> breakdownUnits = sortedByName(units);
        return new Scope(Subject.programme(name), programme.code(), provinces, breakdownUnits,
                List.copyOf(breakdownUnits.values()), statusProvinces,
                overlaps(programme.code(), quarter, current, breakdownUnits.keySet(), request.language()));
    }

    private Scope provinceScope(ScorecardSubject.Province subject, ScorecardRequest request) {
        ProvinceId id = subject.province();
        List<Quarter> window = window(request.quarter());
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
        Map<Quarter, Map<Integer, Integer>> provinces = new HashMap<>();
        Map<ProvinceId, String> statusProvinces = new HashMap<>();
        List<String> memberNames = new ArrayList<>();
        if (current) {
            Map<ProvinceId, String> constituents = new HashMap<>();
            constituents(Set.of(unit), window).forEach(c -> {
                provinces.computeIfAbsent(c.quarter(), q -> new HashMap<>()).put(c.provinceKey(), unit);
                constituents.put(c.province(), c.name() + " (" + c.province() + ")");
                if (c.quarter().equals(request.quarter())) {
                    statusProvinces.put(c.province(), c.name());
                }
            });
            memberNames.add(name);
            constituents.entrySet().stream().filter(c -> !c.getKey().equals(shownId)).map(Map.Entry::getValue)
                    .sorted(VIETNAMESE).forEach(memberNames::add);
        } else {
            for (Map.Entry<Quarter, String> era : eras(window).entrySet()) {
                if (era.getValue().equals(shownId.era())) {
                    provinces.put(era.getKey(), Map.of(unit, unit));
                }
            }
            memberNames.add(name);
            statusProvinces.put(shownId, (String) shown.get("name_vi"));
        }
        return new Scope(Subject.province(name), null, provinces, Map.of(unit, name), memberNames, statusProvinces, Map.of());
    }

    /** Every province of each quarter's map (the quarter's era) that is now part of one of {@code units}. */
    private List<Constituent> constituents(Set<Integer> units, List<Quarter> window) {
        return jdbc.sql("""
                        SELECT q.quarter_key, r.province_key, r.era_code, r.code, r.name_vi, r.current_province_key
                          FROM dim_quarter q
                          JOIN v_province_rollup r ON r.era_code = q.era_code
                         WHERE q.quarter_key BETWEEN :from AND :to AND r.current_province_key IN (:units)""")
                .param("from", window.get(0).key()).param("to", window.get(window.size() - 1).key())
                .param("units", List.copyOf(units))
                .query((row, n) -> new Constituent(Quarter.ofKey(row.getInt(1)), row.getInt(2),
                        new ProvinceId(row.getString(3), row.getString(4)), row.getString(5), row.getInt(6)))
                .list();
    }

    private Map<Quarter, String> eras(List<Quarter> window) {
        Map<Quarter, String> eras = new HashMap<>();
        jdbc.sql("SELECT quarter_key, era_code FROM dim_quarter WHERE quarter_key BETWEEN :from AND :to")
                .param("from", window.get(0).key()).param("to", window.get(window.size() - 1).key())
                .query((row, n) -> eras.put(Quarter.ofKey(row.getInt(1)), row.getString(2))).list();
        return eras;
    }

    /**
     * The other programmes sharing units (provinces "as submitted", today's provinces in the current view) with this
     * one in the quarter, each with the shared provinces' names: adding both programmes' totals counts those twice.
     */
    private Map<String, List<String>> overlaps(String programmeCode, Quarter quarter, boolean current, Set<Integer> units,
                                               ReportLanguage language) {
        String unitColumn = current ? "r.current_province_key" : "m.province_key";
        Map<String, List<String>> overlaps = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT g.%2$s AS programme_name, p.name_vi
                          FROM v_programme_quarter_member m
                          JOIN v_province_rollup r ON r.province_key = m.province_key
                          JOIN dim_programme g ON g.programme_key = m.programme_key
                          JOIN dim_province p ON p.province_key = %1$s
                         WHERE m.quarter_key = :quarter AND m.programme_code <> :code AND %1$s IN (:units)"""
                        .formatted(unitColumn, language == ReportLanguage.VI ? "name_vi" : "name_en"))
                .param("quarter", quarter.key()).param("code", programmeCode).param("units", List.copyOf(units))
                .query((row, n) -> overlaps.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getString(2)))
                .list();
        overlaps.values().forEach(names -> names.sort(VIETNAMESE));
        return overlaps;
    }

    private List<KpiValue> values(Scope scope, List<Quarter> window) {
        Set<Integer> allProvinces = new TreeSet<>();
        scope.provincesByQuarter().values().forEach(provinces -> allProvinces.addAll(provinces.keySet()));
        if (allProvinces.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT submission_id, province_key, quarter_key, received_at, kpi_code, value
                          FROM v_kpi_submission_value
                         WHERE quarter_key BETWEEN :from AND :to AND province_key IN (:provinces)
                         ORDER BY quarter_key, submission_id, kpi_code""")
                .param("from", window.get(0).key()).param("to", window.get(window.size() - 1).key())
                .param("provinces", List.copyOf(allProvinces))
                .query((row, n) -> new KpiValue(row.getLong("submission_id"), row.getInt("province_key"),
                        Quarter.ofKey(row.getInt("quarter_key")), row.getObject("received_at", OffsetDateTime.class).toInstant(),
                        row.getString("kpi_code"), row.getBigDecimal("value")))
                .list().stream()
                .filter(value -> scope.provincesByQuarter().getOrDefault(value.quarter(), Map.of()).containsKey(value.province()))
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

    /** The status of every province whose figures the scorecard counts for the quarter, in Vietnamese name order. */
    private List<SubmissionStatusRow> submissionRows(Map<ProvinceId, String> provinces, Quarter quarter) {
        Map<ProvinceId, SubmissionStatuses.ProvinceSubmission> known = statuses.of(quarter, provinces.keySet());
        List<SubmissionStatusRow> rows = new ArrayList<>();
        provinces.forEach((id, name) -> {
            SubmissionStatuses.ProvinceSubmission submission = known.get(id);
            rows.add(submission == null ? new SubmissionStatusRow(name, SubmissionStatus.MISSING, null)
                    : new SubmissionStatusRow(name, submission.status(), submission.receivedOn()));
        });
        rows.sort(Comparator.comparing(SubmissionStatusRow::province, VIETNAMESE));
        return rows;
    }

    /** {@code names} ordered by name the Vietnamese way (Đắk Lắk before Gia Lai). */
    private static Map<Integer, String> sortedByName(Map<Integer, String> names) {
        Map<Integer, String> sorted = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(VIETNAMESE))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private static String format(ResourceBundle texts, String key, ReportLanguage language, Object... arguments) {
        return new MessageFormat(texts.getString(key), language.locale()).format(arguments);
    }

    private static ResourceBundle texts(ReportLanguage language) {
        return ResourceBundle.getBundle(TEXTS, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
    private String title(ResourceBundle texts, ReportLanguage language, List<Quarter> window, ScorecardView view) {
        List<LocalDate> eraStarts = eraStarts(window);
        if (view == ScorecardView.AS_SUBMITTED && eraStarts.size() > 1) {
            return new MessageFormat(texts.getString("title.acrossEras"), language.locale())
                    .format(new Object[] {eraStarts.get(eraStarts.size() - 1).format(DAY)});
        }
        return texts.getString("title");
    }

    private boolean spansEarlierEra(List<Quarter> window) {
        return jdbc.sql("""
                        SELECT count(*) FROM dim_quarter q JOIN dim_era e ON e.era_code = q.era_code
                         WHERE q.quarter_key BETWEEN :from AND :to AND e.valid_to IS NOT NULL""")
                .param("from", window.get(0).key()).param("to", window.get(window.size() - 1).key())
                .query(Long.class).single() > 0;
    }

    private List<LocalDate> eraStarts(List<Quarter> window) {
        return jdbc.sql("""
                        SELECT DISTINCT e.valid_from FROM dim_quarter q JOIN dim_era e ON e.era_code = q.era_code
                         WHERE q.quarter_key BETWEEN :from AND :to ORDER BY 1""")
                .param("from", window.get(0).key()).param("to", window.get(window.size() - 1).key())
                .query(LocalDate.class).list();
    }

    private Instant endOf(Quarter quarter) {
        return quarter.next().firstDay().atStartOfDay(timeZone).toInstant();
    }

    private static Comparator<String> comparator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        return collator::compare;
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
     * Whose figures count: per quarter, the provinces in scope and the unit each counts under (itself, or today's
     * province in the current view); the units of the scorecard's quarter for the per-province table; the names shown as
     * members; the provinces whose submission status is listed (the same ones the quarter's figures count); the other
     * programmes sharing units with this one.
     */
    private record Scope(Subject subject, String programmeCode, Map<Quarter, Map<Integer, Integer>> provincesByQuarter,
                         Map<Integer, String> breakdownUnits, List<String> memberNames, Map<ProvinceId, String> statusProvinces,
                         Map<String, List<String>> overlaps) {
    }

    private record Member(Quarter quarter, int provinceKey, ProvinceId province, String name, int currentKey, String currentName) {
    }

    private record Constituent(Quarter quarter, int provinceKey, ProvinceId province, String name, int unit) {
    }

    private record KpiValue(long submissionId, int province, Quarter quarter, Instant receivedAt, String kpiCode, BigDecimal value) {
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
