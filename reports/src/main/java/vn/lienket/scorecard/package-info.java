/**
 * Quarterly scorecards for leadership: the plain data model ({@link vn.lienket.scorecard.Scorecard}
 * and its rows) and the one entry point {@link vn.lienket.scorecard.ScorecardRenderer} that turns a
 * model into reproducible PDF/A and XLSX bytes. No JasperReports or POI type appears in this
 * package's API; callers fill the model from the warehouse views and get bytes and hashes back.
 */
package vn.lienket.scorecard;
