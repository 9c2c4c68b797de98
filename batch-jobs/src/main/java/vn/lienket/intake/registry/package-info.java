/**
 * The submission registry (every statement on {@code submission} and every status change), the stored
 * validation reports, what a submission produced, and the append-only audit log.
 */
package vn.lienket.intake.registry;
