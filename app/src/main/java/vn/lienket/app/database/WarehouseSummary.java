package vn.lienket.app.database;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.SubmissionStatus;
import org.springframework.stereotype.Component;

/** What the warehouse holds, in a few numbers an operator can check at a glance. */
@Component
public class WarehouseSummary {

    private final JdbcClient jdbc;

    public WarehouseSummary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Figures read() {
        List<EraCount> provinces = jdbc.sql("""
                        SELECT e.era_code, count(p.province_key)
                        FROM dim_era e LEFT JOIN dim_province p ON p.era_code = e.era_code
                        GROUP BY e.era_code, e.valid_from ORDER BY e.valid_from""")
                .query((row, n) -> new EraCount(row.getString(1), row.getInt(2)))
                .list();
        return new Figures(
                provinces,
                count("SELECT count(*) FROM province_crosswalk"),
                count("SELECT count(*) FROM dim_programme"),
                count("SELECT count(*) FROM submission"),
                jdbc.sql("SELECT count(*) FROM submission WHERE status = :loaded")
                        .param("loaded", SubmissionStatus.LOADED.code()).query(Integer.class).single());
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    public record EraCount(String era, int provinces) {
    }

    public record Figures(List<EraCount> provincesByEra, int crosswalkRows, int programmes,
                          int submissions, int loadedSubmissions) {
    }
}
