package vn.lienket.scorecard;

/**
 * Which province map the figures are drawn on. Leadership reads both: figures as the provinces
 * reported them, and the same figures rolled up to today's 34 provinces.
 */
public enum ScorecardView {
    /** Each submission under the province that sent it, in its own era (P63 or P34). */
    AS_SUBMITTED,
    /** Every figure rolled up through the 2025 crosswalk to the 34 current provinces. */
    CURRENT
}
