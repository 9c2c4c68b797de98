/**
 * Submissions as their senders and auditors see them in the portal: the upload through the intake,
 * the history, the verdict with its stored report, the annotated copy and the diff between versions.
 * Plain services; who may see which submission is asked of {@code AccessScope} by the controllers.
 */
package vn.lienket.portal.submission;
