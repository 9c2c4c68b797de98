/** The atomic publication of staged facts: supersede, diff and status flip, all in one transaction. */
package vn.lienket.intake.commit;
