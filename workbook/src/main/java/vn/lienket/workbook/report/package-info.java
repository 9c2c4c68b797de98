/**
 * What a check found: {@link vn.lienket.workbook.report.Problem}s with cell references, stable codes
 * and Vietnamese/English messages ({@code messages_vi.properties}, {@code messages_en.properties}),
 * counts per sheet in {@link vn.lienket.workbook.report.ValidationReport}, and the JSON form of the
 * report ({@link vn.lienket.workbook.report.JsonReportWriter}, schema in docs/workbook-contract.md).
 */
package vn.lienket.workbook.report;
