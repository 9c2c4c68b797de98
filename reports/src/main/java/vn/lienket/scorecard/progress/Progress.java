package vn.lienket.scorecard.progress;

import java.math.BigDecimal;

/**
 * A KPI judged against its target: the pro-rata target for the elapsed part of the period, the
 * achieved share of it in percent, and the light. Without a target all but the light are null.
 */
public record Progress(BigDecimal target, BigDecimal percent, TrafficLight light) {

    public static final Progress NO_TARGET = new Progress(null, null, TrafficLight.NONE);
}
