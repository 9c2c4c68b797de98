/** The atomic switch from staging to facts: supersede, insert, diff, all in one transaction. */
package vn.lienket.intake.commit;
