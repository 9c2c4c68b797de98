/**
 * The annotated copy a department fixes its file from: every cell with a problem filled (red for
 * errors, yellow for warnings) and commented with the Vietnamese message, and a first sheet "Lỗi"
 * listing every problem with a hyperlink to its cell. Small files are annotated in place (their
 * formatting kept); large .xlsx files are copied row by row into a streaming workbook (values and
 * number formats) so that a million-row file never sits in memory.
 */
package vn.lienket.workbook.annotate;
