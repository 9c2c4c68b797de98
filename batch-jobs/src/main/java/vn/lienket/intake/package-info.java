/**
 * Intake: how a submitted workbook becomes warehouse facts. {@link vn.lienket.intake.SubmissionIntake}
 * is the single door; sub-packages hold the archive, registry, reference lookups, staging, commit
 * and the Spring Batch job.
 */
package vn.lienket.intake;
