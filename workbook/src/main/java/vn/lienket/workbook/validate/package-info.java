/**
 * Validation against the contract, one streamed row at a time. {@link
 * vn.lienket.workbook.validate.WorkbookValidator} checks the cover first (it fixes the quarter and
 * the province era every other rule needs), then each table sheet through a {@link
 * vn.lienket.workbook.validate.TableSheetValidator}: header matching by folded text, cell parsing,
 * required/range/date/enumeration checks, the contract's cross-field rules, unique keys, totals rows
 * and plausibility against the previous quarter. Rows without errors become typed rows for the sink.
 */
package vn.lienket.workbook.validate;
