/** Spring Batch wiring of the load job; the logic lives in {@link vn.lienket.intake.load}. */
package vn.lienket.intake.job;
