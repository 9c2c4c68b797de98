/**
 * Staging a submission's rows: COPY straight into the fact tables while the submission is still
 * {@code received}, which keeps them invisible until the commit publishes them. {@link
 * vn.lienket.intake.staging.FactPart} describes each part's table, natural key and columns once, for
 * the COPY, the diff and the previous-quarter pre-fill.
 */
package vn.lienket.intake.staging;
