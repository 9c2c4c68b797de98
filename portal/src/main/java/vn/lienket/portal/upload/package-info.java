/**
 * Uploading a workbook through the portal, for the upload page and the API alike: the temporary file
 * (size limit, bytes sniffed, the client's name never a path), the intake with the user's province as
 * the door's, and the verdict; refusals are audited here.
 */
package vn.lienket.portal.upload;
