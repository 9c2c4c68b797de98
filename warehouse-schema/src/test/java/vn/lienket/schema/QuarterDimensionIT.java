package vn.lienket.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.domain.Quarter;

class QuarterDimensionIT {

    private static final Warehouse warehouse = Warehouse.migrated("schema_quarters");

    @Test
    void coversEveryQuarterFromTheStartOfTheOldEraTo2040() {
        assertThat(warehouse.string("SELECT min(label) || ' ' || max(label) || ' ' || count(*) FROM dim_quarter"))
                .isEqualTo("2008-Q3 2040-Q4 130");
    }

    @Test
    void agreesWithTheDomainQuarterOnKeyLabelAndDates() {
        List<String> rows = warehouse.strings("""
                SELECT quarter_key || ' ' || label || ' ' || start_date || ' ' || end_date FROM dim_quarter ORDER BY quarter_key
                """);

        assertThat(rows).allSatisfy(row -> {
            String[] fields = row.split(" ");
            Quarter quarter = Quarter.ofKey(Integer.parseInt(fields[0]));
            assertThat(fields).containsExactly(String.valueOf(quarter.key()), quarter.toString(),
                    quarter.firstDay().toString(), quarter.lastDay().toString());
        });
    }

    @Test
    void belongsToTheEraInForceOnItsLastDay() {
        assertThat(warehouse.string("SELECT era_code FROM dim_quarter WHERE label = '2025-Q2'")).isEqualTo("P63");
        assertThat(warehouse.string("SELECT era_code FROM dim_quarter WHERE label = '2025-Q3'")).isEqualTo("P34");
        assertThat(warehouse.string("SELECT era_code FROM dim_quarter WHERE quarter_key = 20083")).isEqualTo("P63");
        assertThat(warehouse.string("SELECT era_code FROM dim_quarter WHERE quarter_key = 20404")).isEqualTo("P34");
    }
}
