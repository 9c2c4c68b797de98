/**
 * The reference lookups the workbook checker needs (provinces by era, OCOP groups by date, the
 * previous quarter's figures), implemented over the warehouse, and the operator's limits on what one
 * workbook may cost ({@code lienket.workbook.*}, {@link vn.lienket.intake.reference.WorkbookLimitsProperties}).
 */
package vn.lienket.intake.reference;
