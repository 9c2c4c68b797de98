/**
 * The typed rows a check delivers, each carrying its sheet and source row number for lineage,
 * and the {@link vn.lienket.workbook.rows.RowSink} callback that receives them one at a time
 * (the load job COPYs them into staging; nothing collects a million rows in a list).
 * Enumerated fields hold warehouse codes ({@code completed_operating}, {@code trade_fair} …).
 */
package vn.lienket.workbook.rows;
