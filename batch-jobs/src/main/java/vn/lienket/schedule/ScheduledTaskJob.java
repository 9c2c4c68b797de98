package vn.lienket.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The one Quartz job class: runs the task named in its job data through {@link OperationsTasks} and
 * records the run. {@code @DisallowConcurrentExecution} holds across the cluster (the JDBC store
 * blocks a job's triggers while it runs), so two inbox scans never overlap anywhere.
 */
@DisallowConcurrentExecution
public class ScheduledTaskJob extends QuartzJobBean {

    public static final String TASK = "task";
    private static final Logger log = LoggerFactory.getLogger(ScheduledTaskJob.class);

    private final OperationsTasks tasks;
    private final ScheduleRuns runs;
    private final Clock clock;

    public ScheduledTaskJob(OperationsTasks tasks, ScheduleRuns runs, Clock clock) {
        this.tasks = tasks;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        ScheduledTask task = ScheduledTask.named(context.getJobDetail().getJobDataMap().getString(TASK));
        Optional<Long> run;
        try {
            run = runs.start(task, scheduledFireTime(context), context.isRecovering(), context.getScheduler().getSchedulerInstanceId());
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
        if (run.isEmpty()) {
            log.warn("Fire of {} at {} was already run; skipped", task.taskName(), context.getScheduledFireTime());
            return;
        }
        try {
            String summary = tasks.run(task, LocalDate.now(clock));
            runs.finish(run.get(), true, summary);
            log.info("{}: {}", task.taskName(), summary);
        } catch (RuntimeException e) {
            runs.finish(run.get(), false, String.valueOf(e.getMessage()));
            log.error("{} failed", task.taskName(), e);
            throw new JobExecutionException(e, false);
        }
    }

    /**
     * A recovered fire keeps the scheduled time of the fire its dead node could not finish (not the moment that
     * fire actually started, which is late by a few milliseconds), so the history shows which one it redoes.
     */
    private static Instant scheduledFireTime(JobExecutionContext context) {
        if (context.isRecovering()) {
            String original = context.getMergedJobDataMap().getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
            if (original != null) {
                return Instant.ofEpochMilli(Long.parseLong(original));
            }
        }
        return context.getScheduledFireTime().toInstant();
    }
}
