/**
 * Staging a submission's rows: COPY straight into the fact tables while the submission is still
 * {@code received}, which keeps them invisible until the commit publishes them.
 */
package vn.lienket.intake.staging;
