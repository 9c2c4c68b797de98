package vn.lienket.audit.reconcile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.render.ScorecardRuns;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.data.ScorecardSubject;

/**
 * What a replay needs before its scorecards can be compared with those production rendered and sent: production's
 * programme targets (configuration, not archived submissions, so a replay of the archive alone lacks them), and the
 * list of production's recorded scorecards of the range, to render again in the replay.
 */
public final class ScorecardReplays {

    private ScorecardReplays() {
    }

    /** Replaces the replay's programme targets with production's, matched by programme code. */
    public static void copyTargets(DataSource production, DataSource replay) {
        List<Map<String, Object>> targets = JdbcClient.create(production).sql("""
                        SELECT g.code, t.kpi_code, t.year, t.quarter, t.target_value FROM programme_target t
                          JOIN dim_programme g ON g.programme_key = t.programme_key
                         ORDER BY g.code, t.kpi_code, t.year, t.quarter NULLS FIRST""")
                .query().listOfRows();
        JdbcClient into = JdbcClient.create(replay);
        into.sql("DELETE FROM programme_target").update();
        for (Map<String, Object> target : targets) {
            into.sql("""
                            INSERT INTO programme_target (programme_key, kpi_code, year, quarter, target_value)
                            SELECT programme_key, :kpi, :year, :quarter, :value FROM dim_programme WHERE code = :code""")
                    .param("code", target.get("code")).param("kpi", target.get("kpi_code")).param("year", target.get("year"))
                    .param("quarter", target.get("quarter")).param("value", target.get("target_value"))
                    .update();
        }
    }

    /** Production's recorded scorecards of the range, one render request per quarter, view and language. */
    public static List<ScorecardRuns.RenderRequest> recorded(DataSource production, ReplayRange range, Path outputDir) {
        JdbcClient jdbc = JdbcClient.create(production);
        Map<List<String>, List<ScorecardSubject>> requests = new LinkedHashMap<>();
        range.bind(jdbc.sql("""
                        SELECT DISTINCT q.label, s.view, s.language, s.kind, s.subject_code
                          FROM scorecard s JOIN dim_quarter q USING (quarter_key)
                         WHERE %s ORDER BY 1, 2, 3, 4, 5""".formatted(range.scorecardCondition())), jdbc)
                .query((row, n) -> requests.computeIfAbsent(List.of(row.getString(1), row.getString(2), row.getString(3)),
                        k -> new ArrayList<>()).add("province".equals(row.getString(4))
                        ? new ScorecardSubject.Province(ProvinceId.parse(row.getString(5)))
                        : new ScorecardSubject.Programme(row.getString(5))))
                .list();
        return requests.entrySet().stream().map(request -> new ScorecardRuns.RenderRequest(Quarter.parse(request.getKey().get(0)),
                        ScorecardView.valueOf(request.getKey().get(1).toUpperCase(Locale.ROOT)),
                        ReportLanguage.valueOf(request.getKey().get(2).toUpperCase(Locale.ROOT)), request.getValue(), outputDir))
                .toList();
    }
}
