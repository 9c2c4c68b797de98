package vn.lienket.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The programme targets the demo's scorecards measure against ({@code demo/targets.csv}: annual
 * targets per programme and KPI), set as an operator would; existing targets are left as they are.
 */
final class DemoTargets {

    private DemoTargets() {
    }

    static int install(JdbcClient jdbc) {
        int inserted = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DemoTargets.class.getClassLoader().getResourceAsStream("demo/targets.csv"), StandardCharsets.UTF_8))) {
            for (String line : reader.lines().skip(1).filter(l -> !l.isBlank()).toList()) {
                String[] f = line.split(",");
                inserted += jdbc.sql("""
                                INSERT INTO programme_target (programme_key, kpi_code, year, quarter, target_value)
                                SELECT programme_key, :kpi, :year, NULL, :target FROM dim_programme WHERE code = :programme
                                ON CONFLICT (programme_key, kpi_code, year, (COALESCE(quarter, 0))) DO NOTHING""")
                        .param("programme", f[0]).param("kpi", f[1]).param("year", Integer.parseInt(f[2]))
                        .param("target", new BigDecimal(f[3]))
                        .update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inserted;
    }
}
