/** The quarter's workbook template of a province, for the submitter's download. */
package vn.lienket.portal.template;
