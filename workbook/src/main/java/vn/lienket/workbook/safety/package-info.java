/**
 * Writing text that came from a submission into files Liên kết produces (annotated copies,
 * scorecard workbooks, CSV exports) so that no spreadsheet ever runs it as a formula.
 */
package vn.lienket.workbook.safety;
