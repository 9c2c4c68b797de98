package vn.lienket.workbook.rows;

/** OCOP products of one group and star level as of quarter end; the "this quarter" counts may be null. */
public record OcopCountRow(
        String sheet,
        int sourceRow,
        String groupCode,
        int star,
        long recognised,
        Long newlyRecognised,
        Long reRecognised,
        Long producers,
        Long pendingFiveStar) {
}
