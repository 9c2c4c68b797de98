package vn.lienket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EraTest {

    private static final Era P63 = new Era("P63", LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30));
    private static final Era P34 = new Era("P34", LocalDate.of(2025, 7, 1), null);
    private static final List<Era> ERAS = List.of(P63, P34);

    @Test
    void aQuarterBelongsToTheEraInForceOnItsLastDay() {
        assertThat(Era.of(Quarter.parse("2025-Q2"), ERAS)).isEqualTo(P63);
        assertThat(Era.of(Quarter.parse("2025-Q3"), ERAS)).isEqualTo(P34);
        assertThat(Era.of(Quarter.parse("2040-Q4"), ERAS)).as("the current era has no end").isEqualTo(P34);
        assertThat(Era.of(Quarter.parse("2008-Q3"), ERAS))
                .as("the first quarter of the warehouse starts before the era, as dim_quarter has it").isEqualTo(P63);
    }

    @Test
    void noEraCoversADayBeforeTheFirst() {
        assertThat(Era.on(LocalDate.of(2025, 6, 30), ERAS)).isEqualTo(P63);
        assertThatThrownBy(() -> Era.on(LocalDate.of(2008, 7, 31), ERAS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2008-07-31");
        assertThatThrownBy(() -> Era.of(Quarter.parse("2008-Q2"), ERAS)).isInstanceOf(IllegalArgumentException.class);
    }
}
