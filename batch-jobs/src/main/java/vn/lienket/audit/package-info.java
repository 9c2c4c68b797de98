/**
 * Proof an auditor can file: the hash chain of the audit log ({@link vn.lienket.audit.AuditChain}, recomputed here
 * independently of the database's trigger) and the check of the submission archive against its receipts
 * ({@link vn.lienket.audit.ArchiveCheck}).
 */
package vn.lienket.audit;
