/** Landing rows in the disposable staging tables by PostgreSQL COPY. */
package vn.lienket.intake.staging;
