/**
 * What validation needs to know from the warehouse, as small interfaces the load-job module
 * implements over the warehouse tables: provinces by era ({@link
 * vn.lienket.workbook.reference.ProvinceDirectory}), OCOP product groups valid on a date
 * ({@link vn.lienket.workbook.reference.OcopGroupCatalogue}) and the previous accepted quarter's
 * figures ({@link vn.lienket.workbook.reference.PreviousQuarterFigures}). This module holds no
 * reference data of its own: the warehouse is the one place that knows eras.
 */
package vn.lienket.workbook.reference;
