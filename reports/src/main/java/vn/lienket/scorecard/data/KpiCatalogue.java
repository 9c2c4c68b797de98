package vn.lienket.scorecard.data;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The KPIs a scorecard shows, in table order, as the warehouse's {@code dim_kpi} defines them. */
public record KpiCatalogue(List<KpiDefinition> kpis) {

    public KpiCatalogue {
        kpis = List.copyOf(kpis);
    }

    public static KpiCatalogue read(JdbcClient jdbc) {
        return new KpiCatalogue(jdbc.sql("""
                        SELECT code, section_vi, section_en, label_vi, label_en, unit_vi, unit_en, kind, charted, in_breakdown
                          FROM dim_kpi ORDER BY sort_order""")
                .query((row, n) -> new KpiDefinition(row.getString("code"), row.getString("section_vi"),
                        row.getString("section_en"), row.getString("label_vi"), row.getString("label_en"),
                        row.getString("unit_vi"), row.getString("unit_en"),
                        KpiKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                        row.getBoolean("charted"), row.getBoolean("in_breakdown")))
                .list());
    }
}
