package vn.lienket.workbook.testing;

/** A fixture cell holding a formula; POI evaluates it so that the file carries a cached value like Excel's. */
public record Formula(String expression) {
}
