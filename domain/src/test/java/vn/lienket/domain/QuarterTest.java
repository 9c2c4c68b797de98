package vn.lienket.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuarterTest {

    @Test
    void parsesAndPrintsTheUsersNotation() {
        Quarter quarter = Quarter.parse("2025-q3");
        assertThat(quarter).isEqualTo(new Quarter(2025, 3));
        assertThat(quarter).hasToString("2025-Q3");
        assertThat(quarter.key()).isEqualTo(20253);
        assertThat(Quarter.ofKey(20253)).isEqualTo(quarter);
    }

    @Test
    void knowsItsDaysAndNeighbours() {
        Quarter quarter = Quarter.parse("2025-Q2");
        assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(quarter.next()).hasToString("2025-Q3");
        assertThat(Quarter.parse("2025-Q1").previous()).hasToString("2024-Q4");
        assertThat(quarter.sameQuarterLastYear()).hasToString("2024-Q2");
        assertThat(Quarter.containing(LocalDate.of(2025, 7, 1))).hasToString("2025-Q3");
    }

    @Test
    void rejectsWhatIsNotAQuarter() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("2025-Q5"));
        assertThatIllegalArgumentException().isThrownBy(() -> Quarter.parse("Q3/2025"));
    }
}
