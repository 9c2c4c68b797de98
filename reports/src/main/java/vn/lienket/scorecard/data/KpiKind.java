package vn.lienket.scorecard.data;

/** How a KPI accumulates: decides what a target judges and how a programme's year adds up. */
public enum KpiKind {
    /** A count or amount at the quarter's end (projects, OCOP products): the year's figure is the latest quarter's. */
    STOCK,
    /** What happened during the quarter (events, new recognitions): the year's figure is the sum of its quarters. */
    FLOW
}
