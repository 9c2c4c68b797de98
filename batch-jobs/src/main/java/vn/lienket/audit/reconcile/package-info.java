/**
 * Reconciliation of the warehouse with a replay of its archive: per submission its status in each, per fact table,
 * quarter and province the row count and an order-independent checksum of the published rows, per recorded scorecard
 * the SHA-256 of its files; every difference with its first differing rows and their lineage.
 */
package vn.lienket.audit.reconcile;
