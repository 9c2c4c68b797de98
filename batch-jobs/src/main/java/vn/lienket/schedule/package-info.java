/**
 * The clustered Quartz schedule (JDBC job store in the warehouse database): which tasks run when
 * ({@link vn.lienket.schedule.ScheduleProperties}, cron in Asia/Ho_Chi_Minh), one thin Quartz job
 * that runs a task and records the run ({@link vn.lienket.schedule.ScheduledTaskJob}), and the
 * installer that writes jobs and triggers with their misfire policy ({@link vn.lienket.schedule.ScheduleInstaller}).
 */
package vn.lienket.schedule;
