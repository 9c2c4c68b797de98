package vn.lienket.workbook.validate;

/** A message argument that reads differently in each language (a column header, a list of labels). */
record Localised(String vi, String en) {
}
