package vn.lienket.workbook.rows;

/**
 * Receives a check's output as it streams: the cover first, then fact rows in sheet and row order.
 * Only rows without errors arrive here, and only when the cover itself is valid; a row that does
 * not arrive is named in the report. Whether a submission with errors is loaded at all is the
 * caller's decision (the verdict), so a sink writing to staging should discard on an INVALID verdict.
 */
public interface RowSink {

    default void cover(CoverInfo cover) {
    }

    default void investmentProject(InvestmentProjectRow row) {
    }

    default void ocopCount(OcopCountRow row) {
    }

    default void promotionEvent(PromotionEventRow row) {
    }

    /** A sink that drops everything, for a check that only wants the report. */
    static RowSink discard() {
        return new RowSink() {
        };
    }
}
