/**
 * The reference lookups the workbook checker needs (provinces by era, OCOP groups by date, the
 * previous quarter's figures), implemented over the warehouse.
 */
package vn.lienket.intake.reference;
