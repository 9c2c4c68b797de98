package vn.lienket.schedule;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobPersistenceException;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;
import vn.lienket.intake.IntakeProperties;

/**
 * Writes the configured schedule into Quartz's tables; every {@code lienket serve} does this at start,
 * so the last node started with a changed configuration wins.
 * <p>
 * Misfire policy (a fire missed because every node was down, or all threads busy, for longer than
 * {@code org.quartz.jobStore.misfireThreshold}): <b>fire once now, then follow the schedule</b>
 * ({@code MISFIRE_INSTRUCTION_FIRE_ONCE_NOW}). After a week's downtime the inbox is scanned once,
 * reminders and scorecards run once for today, never once per missed fire; every task is safe to
 * repeat because mails are de-duplicated by their key.
 * <p>
 * Jobs request recovery: when a node dies mid-run, another node re-runs the interrupted fire after
 * {@code org.quartz.jobStore.clusterCheckinInterval}.
 */
@Component
public class ScheduleInstaller {

    private static final String UNIQUE_VIOLATION = "23505";

    private final ScheduleProperties properties;
    private final ZoneId timeZone;

    public ScheduleInstaller(ScheduleProperties properties, IntakeProperties intake) {
        this.properties = properties;
        this.timeZone = intake.timeZone();
    }

    /** Installs, updates or removes each task's job and trigger; returns the names of the tasks now scheduled. */
    public List<String> install(Scheduler scheduler) throws SchedulerException {
        List<String> installed = new ArrayList<>();
        for (ScheduledTask task : ScheduledTask.values()) {
            JobKey jobKey = JobKey.jobKey(task.taskName(), ScheduledTask.GROUP);
            String cron = properties.cronOf(task).trim();
            if (cron.equals(ScheduleProperties.DISABLED)) {
                scheduler.deleteJob(jobKey);
                continue;
            }
            JobDetail job = JobBuilder.newJob(ScheduledTaskJob.class)
                    .withIdentity(jobKey)
                    .usingJobData(ScheduledTaskJob.TASK, task.taskName())
                    .storeDurably()
                    .requestRecovery()
                    .build();
            CronTrigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(TriggerKey.triggerKey(task.taskName(), ScheduledTask.GROUP))
                    .forJob(jobKey)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                            .inTimeZone(TimeZone.getTimeZone(timeZone))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            whileAnotherNodeMayBeInstallingToo(() -> scheduler.addJob(job, true));
            whileAnotherNodeMayBeInstallingToo(() -> schedule(scheduler, trigger));
            installed.add(task.taskName());
        }
        return installed;
    }

    /**
     * Nodes started together install the same schedule at the same moment; Quartz checks whether a
     * job or trigger exists before inserting it, so the slower node can hit the faster one's row
     * (a unique violation wrapped in a JobPersistenceException). The second attempt sees the row.
     */
    private static void whileAnotherNodeMayBeInstallingToo(SchedulerWork work) throws SchedulerException {
        try {
            work.run();
        } catch (JobPersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            work.run();
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface SchedulerWork {
        void run() throws SchedulerException;
    }

    /** An unchanged trigger is left alone, so its next fire time (and any misfire it carries) survives a restart. */
    private static void schedule(Scheduler scheduler, CronTrigger trigger) throws SchedulerException {
        Trigger existing = scheduler.getTrigger(trigger.getKey());
        if (existing == null) {
            try {
                scheduler.scheduleJob(trigger);
                return;
            } catch (ObjectAlreadyExistsException anotherNodeWasFaster) {
                existing = scheduler.getTrigger(trigger.getKey());
            }
        }
        if (existing instanceof CronTrigger current
                && current.getCronExpression().equals(trigger.getCronExpression())
                && current.getTimeZone().getID().equals(trigger.getTimeZone().getID())) {
            return;
        }
        scheduler.rescheduleJob(trigger.getKey(), trigger);
    }
}
