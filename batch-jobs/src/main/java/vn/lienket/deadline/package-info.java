/**
 * Deadlines and reminders: when a quarter's workbooks are due ({@link vn.lienket.deadline.DeadlinePolicy}),
 * where each member province stands (on time, late, rejected, missing; {@link vn.lienket.deadline.SubmissionBoard}),
 * and the reminder mails sent before the deadline to provinces without a valid submission.
 */
package vn.lienket.deadline;
