/**
 * {@code renderScorecardsJob}: every programme and member-province scorecard of a quarter, assembled from the
 * warehouse ({@link vn.lienket.scorecard.data.ScorecardAssembler}), rendered to PDF and XLSX, written write-once to
 * the scorecard directory and recorded with their SHA-256 in the {@code scorecard} registry.
 * {@link vn.lienket.render.ScorecardRuns} is the door for the command line and the scheduled distribution.
 */
package vn.lienket.render;
