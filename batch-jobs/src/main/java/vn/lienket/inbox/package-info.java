/**
 * The watched inbox directory: workbooks dropped there (copy, shared folder, SFTP) are taken only
 * once stable, handed to {@link vn.lienket.intake.SubmissionIntake}, and moved to {@code processed/}
 * or {@code rejected/} with their JSON report (and annotated workbook) beside them. Nothing is deleted.
 */
package vn.lienket.inbox;
