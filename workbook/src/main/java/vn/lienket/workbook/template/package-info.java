/**
 * The ready-to-fill workbook a department downloads each quarter: {@link
 * vn.lienket.workbook.template.TemplateGenerator} writes the contract's sheets with the cover
 * pre-filled, header rows locked, drop-down lists from the contract's enumerations and from the
 * warehouse (OCOP groups valid that quarter, provinces of the quarter's era), number and date
 * formats, an instructions sheet, and optionally last quarter's projects.
 */
package vn.lienket.workbook.template;
