/**
 * The quarterly workbook library: {@link vn.lienket.workbook.WorkbookChecker} is the one entry
 * point the CLI ({@code lienket check}) and the load job call; {@link
 * vn.lienket.workbook.annotate.AnnotatedWorkbookWriter} and {@link
 * vn.lienket.workbook.template.TemplateGenerator} produce the files departments work with.
 * Plain Java, no Spring: wiring belongs to the calling modules.
 */
package vn.lienket.workbook;
