/**
 * The reference lookups the workbook checker needs (provinces by era, OCOP groups by date, the
 * previous quarter's figures), implemented over the warehouse, and the operator's limits on what one
 * workbook may cost ({@code lienket.workbook.*}, {@link vn.lienket.intake.reference.WorkbookLimitsProperties}).
 * {@link vn.lienket.intake.reference.WarehouseProvinceDirectory} is the one place that answers the era of a
 * quarter, the dimension key of a province id, its names and aliases: the check, the template,
 * staging, the registry and the recipients ask it.
 */
package vn.lienket.intake.reference;
