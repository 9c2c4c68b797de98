package vn.lienket.scorecard.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.IncludedSubmission;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.Subject;

/**
 * Every query a scorecard makes of the warehouse, and nothing else: the subjects of a quarter, the scope of one
 * scorecard (which provinces count in which quarter, under which unit; whose status is listed; which programmes
 * overlap), the KPI values of the scope's submissions, targets, and what the title and the inputs digest need.
 * {@link ScorecardAssembly} turns the answers into a scorecard without SQL.
 */
final class ScorecardQueries {

    private final JdbcClient jdbc;

    ScorecardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every programme with members in the quarter, then every member province (today's provinces in CURRENT). */
    List<ScorecardSubject> subjects(Quarter quarter, ScorecardView view) {
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
     * A digest of what the scorecards of {@code quarter} read besides the reference data ({@code v_scorecard_input}):
     * the submissions of the eight-quarter window with their statuses and the targets of its years. Same digest, same
     * scorecards; it sits here, beside the queries it mirrors.
     */
    String inputsDigest(Quarter quarter) {
        Quarter first = ScorecardAssembler.window(quarter).get(0);
        return jdbc.sql("""
                        SELECT md5(coalesce(string_agg(input, E'\\n' ORDER BY input), '')) FROM v_scorecard_input
                         WHERE quarter_key BETWEEN :from AND :to
                            OR (quarter_key IS NULL AND year BETWEEN :fromYear AND :toYear)""")
                .param("from", first.key()).param("to", quarter.key())
                .param("fromYear", first.year()).param("toYear", quarter.year())
                .query(String.class).single();
    }

    /** Whose figures the scorecard {@code request} names counts: a programme's or a province's scope. */
    ScorecardScope scope(ScorecardRequest request, ScorecardProvinces units) {
        return request.subject() instanceof ScorecardSubject.Programme programme
                ? programmeScope(programme, request, units.eras())
                : provinceScope((ScorecardSubject.Province) request.subject(), request, units);
    }

    /**
     * "As submitted": each quarter counts the programme's members of that quarter, each under itself. Current: the
     * programme is today's provinces its members of the scorecard's quarter became, and each quarter counts every
     * province of that quarter's map now part of one of them (the status table lists the same provinces).
     */
    ScorecardScope programmeScope(ScorecardSubject.Programme programme, ScorecardRequest request, List<Era> eras) {
        Quarter quarter = request.quarter();
        List<Quarter> window = ScorecardAssembler.window(quarter);
        Map<String, Object> info = jdbc.sql("SELECT name_vi, name_en FROM dim_programme WHERE code = :code")
                .param("code", programme.code()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new ScorecardAssembler.UnknownSubjectException("no programme " + programme.code()));
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
            throw new ScorecardAssembler.UnknownSubjectException("programme " + programme.code() + " has no members in " + quarter);
        }
        boolean current = request.view() == ScorecardView.CURRENT;
        Map<Quarter, Map<Integer, Integer>> provinces = new HashMap<>();
        Map<Integer, String> units = new HashMap<>();
        Map<ProvinceId, String> statusProvinces = new HashMap<>();
        if (current) {
            ofQuarter.forEach(m -> units.put(m.currentKey(), m.currentName()));
            constituents(units.keySet(), window, eras).forEach(c -> {
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
        Map<Integer, String> breakdownUnits = ScorecardAssembly.sortedByName(units);
        return new ScorecardScope(Subject.programme(name), programme.code(), provinces, breakdownUnits,
                List.copyOf(breakdownUnits.values()), statusProvinces,
                overlaps(programme.code(), quarter, current, breakdownUnits.keySet(), request.language()));
    }

    ScorecardScope provinceScope(ScorecardSubject.Province subject, ScorecardRequest request, ScorecardProvinces units) {
        ProvinceId id = subject.province();
        List<Quarter> window = ScorecardAssembler.window(request.quarter());
        Map<String, Object> province = jdbc.sql("""
                        SELECT province_key, name_vi, current_province_key FROM v_province_rollup
                         WHERE era_code = :era AND code = :code""")
                .param("era", id.era()).param("code", id.code()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new ScorecardAssembler.UnknownSubjectException("no province " + id));
        boolean current = request.view() == ScorecardView.CURRENT;
        int unit = ((Number) province.get(current ? "current_province_key" : "province_key")).intValue();
        ScorecardProvinces.NamedProvince shown = units.named(unit)
                .orElseThrow(() -> new ScorecardAssembler.UnknownSubjectException("no province with key " + unit));
        ProvinceId shownId = shown.id();
        String name = shown.nameVi() + " (" + shownId + ")";
        Map<Quarter, Map<Integer, Integer>> provinces = new HashMap<>();
        Map<ProvinceId, String> statusProvinces = new HashMap<>();
        List<String> memberNames = new ArrayList<>();
        if (current) {
            Map<ProvinceId, String> constituents = new HashMap<>();
            constituents(Set.of(unit), window, units.eras()).forEach(c -> {
                provinces.computeIfAbsent(c.quarter(), q -> new HashMap<>()).put(c.provinceKey(), unit);
                constituents.put(c.province(), c.name() + " (" + c.province() + ")");
                if (c.quarter().equals(request.quarter())) {
                    statusProvinces.put(c.province(), c.name());
                }
            });
            memberNames.add(name);
            constituents.entrySet().stream().filter(c -> !c.getKey().equals(shownId)).map(Map.Entry::getValue)
                    .sorted(ScorecardAssembly.VIETNAMESE).forEach(memberNames::add);
        } else {
            ScorecardEras.of(window, units.eras()).forEach((quarter, era) -> {
                if (era.code().equals(shownId.era())) {
                    provinces.put(quarter, Map.of(unit, unit));
                }
            });
            memberNames.add(name);
            statusProvinces.put(shownId, shown.nameVi());
        }
        return new ScorecardScope(Subject.province(name), null, provinces, Map.of(unit, name), memberNames, statusProvinces, Map.of());
    }

    /** Every province of each quarter's map (the quarter's era) that is now part of one of {@code units}. */
    private List<Constituent> constituents(Set<Integer> units, List<Quarter> window, List<Era> eras) {
        Map<Quarter, Era> eraOf = ScorecardEras.of(window, eras);
        List<Constituent> constituents = new ArrayList<>();
        jdbc.sql("""
                        SELECT province_key, era_code, code, name_vi, current_province_key FROM v_province_rollup
                         WHERE era_code IN (:eras) AND current_province_key IN (:units)""")
                .param("eras", eraOf.values().stream().map(Era::code).distinct().toList())
                .param("units", List.copyOf(units))
                .query((row, n) -> new Constituent(null, row.getInt(1), new ProvinceId(row.getString(2), row.getString(3)),
                        row.getString(4), row.getInt(5)))
                .list()
                .forEach(province -> eraOf.forEach((quarter, era) -> {
                    if (era.code().equals(province.province().era())) {
                        constituents.add(new Constituent(quarter, province.provinceKey(), province.province(), province.name(),
                                province.unit()));
                    }
                }));
        return constituents;
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
        overlaps.values().forEach(names -> names.sort(ScorecardAssembly.VIETNAMESE));
        return overlaps;
    }

    List<KpiValue> values(ScorecardScope scope, List<Quarter> window) {
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
    Map<String, Target> targets(String programmeCode, Quarter quarter) {
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

    List<IncludedSubmission> includedSubmissions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT submission_id, file_sha256 FROM submission WHERE submission_id IN (:ids) ORDER BY submission_id")
                .param("ids", List.copyOf(ids))
                .query((row, n) -> new IncludedSubmission(String.valueOf(row.getLong(1)), row.getString(2)))
                .list();
    }

    KpiCatalogue catalogue() {
        return KpiCatalogue.read(jdbc);
    }

    private record Member(Quarter quarter, int provinceKey, ProvinceId province, String name, int currentKey, String currentName) {
    }

    private record Constituent(Quarter quarter, int provinceKey, ProvinceId province, String name, int unit) {
    }

    /** One KPI value of one loaded submission. */
    record KpiValue(long submissionId, int province, Quarter quarter, Instant receivedAt, String kpiCode, BigDecimal value) {
    }

    /** A programme's target for a KPI: for the quarter itself, or for the year. */
    record Target(boolean quarterly, BigDecimal value) {
    }
}
