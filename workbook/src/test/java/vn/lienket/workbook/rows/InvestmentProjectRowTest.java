package vn.lienket.workbook.rows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvestmentProjectRowTest {

    @Test
    void aRowKeepsTheValuesItWasBuiltWithWhateverTheBuilderDoesNext() {
        InvestmentProjectRow.Builder builder = InvestmentProjectRow.builder("DuAn", 7)
                .set("project_code", "DA-1").set("registered_capital", new BigDecimal("12.5"));
        InvestmentProjectRow first = builder.build();

        InvestmentProjectRow second = builder.set("project_code", "DA-2").set("registered_capital", null).build();

        assertThat(first.projectCode()).isEqualTo("DA-1");
        assertThat(first.registeredCapital()).isEqualByComparingTo("12.5");
        assertThat(second.projectCode()).isEqualTo("DA-2");
        assertThat(second.values()).doesNotContainKey("registered_capital");
        assertThat(second.sheet()).isEqualTo("DuAn");
        assertThat(second.sourceRow()).isEqualTo(7);
    }

    @Test
    void blankValuesOfAMapAreLeftOutAndTheRowCannotBeChangedThroughIt() {
        Map<String, Object> values = new HashMap<>();
        values.put("project_code", "DA-1");
        values.put("note", null);

        InvestmentProjectRow row = new InvestmentProjectRow(null, 0, values);
        values.put("project_code", "DA-9");

        assertThat(row.values()).containsOnlyKeys("project_code");
        assertThat(row.projectCode()).isEqualTo("DA-1");
        assertThatThrownBy(() -> row.values().put("note", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(row).isEqualTo(InvestmentProjectRow.builder().set("project_code", "DA-1").build());
    }
}
