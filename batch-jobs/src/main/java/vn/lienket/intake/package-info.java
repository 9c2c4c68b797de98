/**
 * Intake: how a submitted workbook becomes warehouse facts. {@link vn.lienket.intake.SubmissionIntake}
 * is the single door, taking an {@link vn.lienket.intake.IntakeRequest} whose
 * {@link vn.lienket.intake.ProvinceScope} says which province's workbook the door accepts;
 * sub-packages hold the archive, registry, reference lookups, staging, commit and the Spring Batch job.
 */
package vn.lienket.intake;
