/**
 * The annotated copy a department fixes its file from: a new plain .xlsx holding the file's values,
 * every cell with a problem filled (red for errors, yellow for warnings) and commented with the
 * Vietnamese message, and a first sheet "Lỗi" listing every problem with a hyperlink to its cell.
 * The copy is streamed row by row whatever the file's size, and nothing but values leaves the
 * submission: no macros, external links or formulas, whatever came in.
 */
package vn.lienket.workbook.annotate;
