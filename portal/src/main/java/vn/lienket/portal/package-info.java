/**
 * The web doors of Liên kết, served by {@code lienket serve} beside the schedule: each kind of user
 * (province submitter, leader, auditor, operator, and other systems through the API) gets pages of
 * its own, and every door is scoped by role and province ({@code vn.lienket.portal.access}). Uploads
 * go through the same {@link vn.lienket.intake.SubmissionIntake} as the inbox and {@code lienket load}.
 */
package vn.lienket.portal;
