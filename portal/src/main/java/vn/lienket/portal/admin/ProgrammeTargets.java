package vn.lienket.portal.admin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programmes' targets the scorecards measure progress against ({@code programme_target}): per programme,
 * KPI and year, annual (no quarter) or for one quarter. The operator sets them in the portal as the demo sets
 * its own; setting a target again replaces its value.
 */
@Repository
public class ProgrammeTargets {

    private final JdbcClient jdbc;

    public ProgrammeTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Target> list() {
        return jdbc.sql("""
                        SELECT g.code, t.kpi_code, k.label_vi, k.label_en, t.year, t.quarter, t.target_value
                        FROM programme_target t JOIN dim_programme g ON g.programme_key = t.programme_key
                        LEFT JOIN dim_kpi k ON k.code = t.kpi_code
                        ORDER BY g.code, t.year DESC, COALESCE(t.quarter, 0), k.sort_order, t.kpi_code""")
                .query((row, n) -> new Target(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getInt(5), Optional.ofNullable(row.getObject(6, Integer.class)), row.getBigDecimal(7)))
                .list();
    }

    /** Sets (or replaces) a target. */
    public void set(String programme, String kpi, int year, Optional<Integer> quarter, BigDecimal value) {
        int programmeKey = jdbc.sql("SELECT programme_key FROM dim_programme WHERE code = :code").param("code", programme)
                .query(Integer.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no programme " + programme));
        if (jdbc.sql("SELECT count(*) FROM dim_kpi WHERE code = :kpi").param("kpi", kpi).query(Integer.class).single() == 0) {
            throw new IllegalArgumentException("no KPI " + kpi);
        }
        if (quarter.isPresent() && (quarter.get() < 1 || quarter.get() > 4)) {
            throw new IllegalArgumentException("no quarter " + quarter.get());
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a target is not negative: " + value);
        }
        jdbc.sql("""
                        INSERT INTO programme_target (programme_key, kpi_code, year, quarter, target_value)
                        VALUES (:programme, :kpi, :year, :quarter, :value)
                        ON CONFLICT (programme_key, kpi_code, year, (COALESCE(quarter, 0)))
                        DO UPDATE SET target_value = EXCLUDED.target_value""")
                .param("programme", programmeKey).param("kpi", kpi).param("year", year)
                .param("quarter", quarter.orElse(null)).param("value", value)
                .update();
    }

    /** The programmes and KPIs a target can be set for, for the form's choices. */
    public List<Choice> programmes() {
        return jdbc.sql("SELECT code, name_vi, name_en FROM dim_programme ORDER BY code")
                .query((row, n) -> new Choice(row.getString(1), row.getString(2), row.getString(3))).list();
    }

    public List<Choice> kpis() {
        return jdbc.sql("SELECT code, label_vi, label_en FROM dim_kpi ORDER BY sort_order")
                .query((row, n) -> new Choice(row.getString(1), row.getString(2), row.getString(3))).list();
    }

    /** @param quarter empty for the year's target */
    public record Target(String programme, String kpi, String kpiLabelVi, String kpiLabelEn, int year,
                         Optional<Integer> quarter, BigDecimal value) {
    }

    public record Choice(String code, String labelVi, String labelEn) {
    }
}
