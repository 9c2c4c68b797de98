/**
 * The PDF side of a scorecard: JRXML templates compiled once per JVM, the model turned into
 * JasperReports data sources, PDF/A-1b export and the post-processing that makes the bytes
 * reproducible. Everything JasperReports-specific stays in this package.
 */
package vn.lienket.scorecard.pdf;
