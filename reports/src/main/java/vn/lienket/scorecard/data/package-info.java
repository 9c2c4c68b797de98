/**
 * Fills the scorecard model from the warehouse: the KPI catalogue ({@code dim_kpi}), the KPI values of every loaded
 * submission ({@code v_kpi_submission_value}), programme members per quarter, targets and the submission registry.
 * {@link vn.lienket.scorecard.data.ScorecardAssembler} builds one {@link vn.lienket.scorecard.Scorecard} for a
 * programme or a province, a quarter, a view and a language: {@code ScorecardQueries} asks the warehouse,
 * {@code ScorecardAssembly} builds the scorecard from the answers free of SQL, and
 * {@link vn.lienket.scorecard.data.KpiFigures} holds the arithmetic (sums over the provinces that reported, changes
 * over the same provinces, year-to-date). Plain JDBC through Spring's {@code JdbcClient}; the
 * submission status of each member comes from the caller ({@link vn.lienket.scorecard.data.SubmissionStatuses}),
 * which owns the deadline rule.
 */
package vn.lienket.scorecard.data;
