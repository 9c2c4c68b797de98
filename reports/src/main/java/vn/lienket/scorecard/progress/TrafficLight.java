package vn.lienket.scorecard.progress;

/** The colour a KPI earns on the scorecard; {@code NONE} when there is no target to judge by. */
public enum TrafficLight {
    GREEN,
    AMBER,
    RED,
    NONE
}
