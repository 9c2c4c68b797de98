/**
 * The API for other systems ({@code /api/**}, HTTP Basic or a personal token): uploading a workbook
 * through the same intake as every other door, answered with the same JSON report as
 * {@code lienket check --json} plus the submission id and status, and listing what the caller may see.
 * {@link vn.lienket.portal.api.UploadedWorkbook} is shared with the upload page.
 */
package vn.lienket.portal.api;
