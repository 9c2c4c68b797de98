/** The leaders' shelf of scorecards (PDF, XLSX) by quarter and view, limited to their programmes and provinces. */
package vn.lienket.portal.scorecard;
