/**
 * Running a Spring Batch job so that a killed process never blocks the next attempt: a PostgreSQL
 * advisory lock per piece of work ({@link vn.lienket.jobs.JobLock}) and starting or resuming under it
 * ({@link vn.lienket.jobs.ResumableJobs}). The intake and the scorecard job both run this way.
 */
package vn.lienket.jobs;
