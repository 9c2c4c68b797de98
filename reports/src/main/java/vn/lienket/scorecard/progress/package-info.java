/**
 * Progress against targets: how far a KPI is along its pro-rata target and which traffic light
 * that earns. Plain arithmetic, no rendering; thresholds come from configuration.
 */
package vn.lienket.scorecard.progress;
