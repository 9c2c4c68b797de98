/**
 * The API for other systems ({@code /api/**}, HTTP Basic or a personal token): uploading a workbook
 * through {@link vn.lienket.portal.upload.PortalUploads}, answered with the same JSON report as
 * {@code lienket check --json} plus the submission id and status, and listing what the caller may see.
 */
package vn.lienket.portal.api;
