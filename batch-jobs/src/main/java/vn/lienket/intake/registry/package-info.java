/** The submission registry and the append-only audit log. */
package vn.lienket.intake.registry;
