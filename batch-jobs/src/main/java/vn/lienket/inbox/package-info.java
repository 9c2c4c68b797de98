/**
 * The watched inbox directory: workbooks dropped there (copy, shared folder, SFTP) are taken only
 * once stable, handed to {@link vn.lienket.intake.SubmissionIntake} with the province their folder
 * stands for, and moved to {@code processed/} or {@code rejected/} with their JSON report (and
 * annotated workbook) beside them; a file whose handling keeps failing goes to {@code failed/}, and
 * links are set aside unread. Nothing is deleted.
 */
package vn.lienket.inbox;
