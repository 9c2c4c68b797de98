/**
 * The reference data a workbook check needs (eras, provinces of both eras, the 2025 crosswalk, OCOP
 * product groups), read from the very CSV files in the jar that Liquibase loads into the warehouse:
 * {@code lienket check} and {@code template} answer without starting a database, and a test keeps the
 * two readings equal.
 */
package vn.lienket.app.reference;
