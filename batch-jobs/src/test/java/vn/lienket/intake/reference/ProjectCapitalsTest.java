package vn.lienket.intake.reference;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectCapitalsTest {

    @Test
    void answersEachProjectsCapitalWithItsScaleAndNothingForAnUnknownProject() {
        ProjectCapitals capitals = new ProjectCapitals();
        capitals.put("LD-001", new BigDecimal("1250.500"));
        capitals.put("LD-002", new BigDecimal("420.000"));
        capitals.put("Đà-Lạt/03", new BigDecimal("0.125"));

        assertThat(capitals.get("LD-001")).hasValueSatisfying(value -> assertThat(value).hasToString("1250.500"));
        assertThat(capitals.get("LD-002")).hasValueSatisfying(value -> assertThat(value).hasToString("420.000"));
        assertThat(capitals.get("Đà-Lạt/03")).hasValueSatisfying(value -> assertThat(value).hasToString("0.125"));
        assertThat(capitals.get("LD-003")).isEmpty();
        assertThat(capitals.get("LD-00")).as("a prefix of a known code").isEmpty();
        assertThat(capitals.get("")).isEmpty();
    }

    @Test
    void keepsEveryOneOfManyProjectsAcrossItsGrowth() {
        ProjectCapitals capitals = new ProjectCapitals();
        for (int i = 1; i <= 200_000; i++) {
            capitals.put(String.format("P68-%07d", i), BigDecimal.valueOf(i, 3));
        }

        assertThat(capitals.size()).isEqualTo(200_000);
        for (int i = 1; i <= 200_000; i++) {
            assertThat(capitals.get(String.format("P68-%07d", i))).contains(BigDecimal.valueOf(i, 3));
        }
        assertThat(capitals.get("P68-0200001")).isEmpty();
        assertThat(capitals.get("P68-0000000")).isEmpty();
    }

    @Test
    void answersTheSameWhateverOrderTheWorkbookAsksIn() {
        ProjectCapitals capitals = new ProjectCapitals(1_000);
        for (int i = 1; i <= 5_000; i++) {
            capitals.put(String.format("P68-%07d", i), BigDecimal.valueOf(i, 3));
        }

        assertThat(capitals.size()).as("more projects than it was sized for").isEqualTo(5_000);
        // in the previous quarter's order, with a new project in between and one left out
        assertThat(capitals.get("P68-0000001")).contains(BigDecimal.valueOf(1, 3));
        assertThat(capitals.get("P68-0009999")).isEmpty();
        assertThat(capitals.get("P68-0000002")).contains(BigDecimal.valueOf(2, 3));
        assertThat(capitals.get("P68-0000004")).contains(BigDecimal.valueOf(4, 3));
        // the same project twice, then backwards
        assertThat(capitals.get("P68-0000004")).contains(BigDecimal.valueOf(4, 3));
        for (int i = 5_000; i >= 1; i--) {
            assertThat(capitals.get(String.format("P68-%07d", i))).contains(BigDecimal.valueOf(i, 3));
        }
        assertThat(capitals.get("P68-000000")).as("a prefix of the project after the last one found").isEmpty();
    }

    @Test
    void refusesACapitalThatALongCannotHoldRatherThanAnswerAnotherOne() {
        ProjectCapitals capitals = new ProjectCapitals();

        assertThatThrownBy(() -> capitals.put("LD-001", new BigDecimal("1e30").setScale(3)))
                .isInstanceOf(ArithmeticException.class);
        assertThat(capitals.get("LD-001")).isEmpty();
    }
}
