/** Loading one submission: archive and register, check and stage, commit — the logic behind the load job. */
package vn.lienket.intake.load;
