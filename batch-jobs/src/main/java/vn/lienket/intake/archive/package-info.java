/** The write-once, content-addressed archive of submitted workbooks that auditors replay from. */
package vn.lienket.intake.archive;
