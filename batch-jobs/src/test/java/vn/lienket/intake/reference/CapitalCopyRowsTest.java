package vn.lienket.intake.reference;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapitalCopyRowsTest {

    private final ProjectCapitals capitals = new ProjectCapitals();
    private final CapitalCopyRows rows = new CapitalCopyRows(capitals);

    @Test
    void eachRowGivesItsProjectTheCapitalAsTheWarehouseHoldsItScaleIncluded() {
        rows.add(row("LD-001\t1250.500\n"));
        rows.add(row("Đà-Lạt/03\t0.125\n"));
        rows.add(row("LD-002\t420\n"));

        assertThat(capitals.get("LD-001")).hasValueSatisfying(value -> assertThat(value).hasToString("1250.500"));
        assertThat(capitals.get("Đà-Lạt/03")).hasValueSatisfying(value -> assertThat(value).hasToString("0.125"));
        assertThat(capitals.get("LD-002")).hasValueSatisfying(value -> assertThat(value).hasToString("420"));
        assertThat(capitals.size()).isEqualTo(3);
    }

    @Test
    void aCodeIsUnescapedAsPostgresqlEscapesTextInCopy() {
        rows.add(row("LD\\t001\\\\x\\nz\t7.000\n"));

        assertThat(capitals.get("LD\t001\\x\nz")).hasValueSatisfying(value -> assertThat(value).hasToString("7.000"));
        assertThat(capitals.get("LD\\t001\\\\x\\nz")).as("the escaped form is not a code").isEmpty();
    }

    @Test
    void aProjectWithoutCapitalHasNothingToCompareWith() {
        rows.add(row("LD-001\t\\N\n"));

        assertThat(capitals.get("LD-001")).isEmpty();
        assertThat(capitals.size()).isZero();
    }

    @Test
    void aCapitalALongCannotHoldIsRefusedRatherThanAnsweredWrong() {
        assertThatThrownBy(() -> rows.add(row("LD-001\t99999999999999999999.000\n"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> rows.add(row("LD-002\tNaN\n"))).isInstanceOf(NumberFormatException.class);
        assertThat(capitals.size()).isZero();
    }

    private static byte[] row(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
