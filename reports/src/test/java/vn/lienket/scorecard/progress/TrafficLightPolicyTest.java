package vn.lienket.scorecard.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrafficLightPolicyTest {

    private final TrafficLightPolicy standard = TrafficLightPolicy.standard();

    @Test
    void halfwayThroughTheYearHalfTheAnnualTargetIsExactlyOnTrack() {
        Progress progress = standard.assess(new BigDecimal("75"), new BigDecimal("150"), 2, 4);

        assertThat(progress.target()).isEqualByComparingTo("75");
        assertThat(progress.percent()).isEqualByComparingTo("100.0");
        assertThat(progress.light()).isEqualTo(TrafficLight.GREEN);
    }

    @Test
    void progressIsMeasuredAgainstTheProRataTargetNotTheFullOne() {
        Progress progress = standard.assess(new BigDecimal("2"), new BigDecimal("6"), 2, 4);

        assertThat(progress.target()).isEqualByComparingTo("3");
        assertThat(progress.percent()).isEqualByComparingTo("66.7");
        assertThat(progress.light()).isEqualTo(TrafficLight.RED);
    }

    @Test
    void eightyPercentIsAmberAndJustBelowIsRed() {
        assertThat(standard.lightFor(new BigDecimal("80.0"))).isEqualTo(TrafficLight.AMBER);
        assertThat(standard.lightFor(new BigDecimal("99.9"))).isEqualTo(TrafficLight.AMBER);
        assertThat(standard.lightFor(new BigDecimal("79.9"))).isEqualTo(TrafficLight.RED);
        assertThat(standard.lightFor(new BigDecimal("100"))).isEqualTo(TrafficLight.GREEN);
    }

    @Test
    void thresholdsAreConfigurable() {
        TrafficLightPolicy lenient = new TrafficLightPolicy(new BigDecimal("90"), new BigDecimal("60"));

        assertThat(lenient.lightFor(new BigDecimal("91"))).isEqualTo(TrafficLight.GREEN);
        assertThat(lenient.lightFor(new BigDecimal("65"))).isEqualTo(TrafficLight.AMBER);
        assertThat(standard.lightFor(new BigDecimal("65"))).isEqualTo(TrafficLight.RED);
    }

    @Test
    void withoutATargetThereIsNoLight() {
        assertThat(standard.assess(new BigDecimal("12"), null, 1, 4)).isEqualTo(Progress.NO_TARGET);
        assertThat(standard.assess(new BigDecimal("12"), BigDecimal.ZERO, 1, 4).light()).isEqualTo(TrafficLight.NONE);
    }

    @Test
    void rejectsAmberAboveGreenAndElapsedBeyondThePeriod() {
        assertThatThrownBy(() -> new TrafficLightPolicy(new BigDecimal("80"), new BigDecimal("90")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standard.assess(BigDecimal.ONE, BigDecimal.TEN, 5, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
