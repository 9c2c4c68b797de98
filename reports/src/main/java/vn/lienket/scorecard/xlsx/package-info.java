/**
 * The XLSX side of a scorecard: the same figures as the PDF on plain sheets (KPIs, trends,
 * submissions, per-province breakdown) for readers who want to compute with them.
 */
package vn.lienket.scorecard.xlsx;
