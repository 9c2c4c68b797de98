package vn.lienket.scorecard.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Judges progress against the pro-rata target: a programme target for a period of
 * {@code periodQuarters} quarters is expected to be met evenly, so after {@code elapsedQuarters}
 * the bar is {@code target × elapsed / period}. Progress at or above the green threshold is green,
 * at or above the amber threshold amber, below it red.
 */
public final class TrafficLightPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 1;
    private static final int TARGET_SCALE = 2;

    private final BigDecimal greenFromPercent;
    private final BigDecimal amberFromPercent;

    public TrafficLightPolicy(BigDecimal greenFromPercent, BigDecimal amberFromPercent) {
        Objects.requireNonNull(greenFromPercent, "greenFromPercent");
        Objects.requireNonNull(amberFromPercent, "amberFromPercent");
        if (amberFromPercent.compareTo(greenFromPercent) > 0) {
            throw new IllegalArgumentException(
                    "amber threshold " + amberFromPercent + " % is above green " + greenFromPercent + " %");
        }
        this.greenFromPercent = greenFromPercent;
        this.amberFromPercent = amberFromPercent;
    }

    /** Green from 100 %, amber from 80 %, red below: the thresholds leadership asked for. */
    public static TrafficLightPolicy standard() {
        return new TrafficLightPolicy(HUNDRED, BigDecimal.valueOf(80));
    }

    /**
     * Progress of {@code achieved} (cumulative since the period began) against {@code periodTarget}
     * after {@code elapsedQuarters} of {@code periodQuarters}. A null or non-positive target means
     * there is nothing to judge by.
     */
    public Progress assess(BigDecimal achieved, BigDecimal periodTarget, int elapsedQuarters, int periodQuarters) {
        Objects.requireNonNull(achieved, "achieved");
        if (periodQuarters < 1 || elapsedQuarters < 1 || elapsedQuarters > periodQuarters) {
            throw new IllegalArgumentException(
                    "elapsed quarters must be 1.." + periodQuarters + ": " + elapsedQuarters);
        }
        if (periodTarget == null || periodTarget.signum() <= 0) {
            return Progress.NO_TARGET;
        }
        BigDecimal elapsedTarget = periodTarget.multiply(BigDecimal.valueOf(elapsedQuarters));
        BigDecimal period = BigDecimal.valueOf(periodQuarters);
        // Divide once, from unrounded inputs, so a KPI exactly on target is exactly 100 %.
        BigDecimal percent = achieved.multiply(HUNDRED).multiply(period)
                .divide(elapsedTarget, PERCENT_SCALE, RoundingMode.HALF_UP);
        BigDecimal proRata = elapsedTarget.divide(period, TARGET_SCALE, RoundingMode.HALF_UP);
        return new Progress(proRata, percent, lightFor(percent));
    }

    public TrafficLight lightFor(BigDecimal progressPercent) {
        if (progressPercent == null) {
            return TrafficLight.NONE;
        }
        if (progressPercent.compareTo(greenFromPercent) >= 0) {
            return TrafficLight.GREEN;
        }
        return progressPercent.compareTo(amberFromPercent) >= 0 ? TrafficLight.AMBER : TrafficLight.RED;
    }
}
