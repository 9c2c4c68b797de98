package vn.lienket.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or resumes the attempt that did not finish: a failed one is restarted from the step
 * that failed, and one still marked running is taken for the leftover of a process that stopped
 * (killed, machine lost), marked failed and restarted. The caller must hold the {@link JobLock} of
 * this work, so that no live process can own an execution that looks running.
 */
@Component
public class ResumableJobs {

    private static final Logger log = LoggerFactory.getLogger(ResumableJobs.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    public ResumableJobs(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /** The last execution of {@code job} with these parameters, or null. */
    public JobExecution last(Job job, JobParameters parameters) {
        return jobRepository.getLastJobExecution(job.getName(), parameters);
    }

    public JobExecution startOrResume(Job job, JobParameters parameters) throws Exception {
        JobExecution last = last(job, parameters);
        if (last == null) {
            removeInstanceWithoutExecution(job, parameters);
        }
        if (last != null && last.isRunning()) {
            log.warn("Execution {} of {} was left {} by a process that stopped; restarting it", last.getId(),
                    job.getName(), last.getStatus());
            last = jobOperator.recover(last);
        }
        if (last != null && last.getStatus() == BatchStatus.UNKNOWN) {
            last = failedInsteadOfUnknown(last);
        }
        if (last != null && last.getStatus().isUnsuccessful()) {
            return jobOperator.restart(last);
        }
        return jobOperator.start(job, parameters);
    }

    /**
     * Spring Batch records a job instance and its first execution in two transactions. When the second
     * fails (PostgreSQL cancels it, or the connection is lost, and the intake tries again), the instance
     * stays without any execution, and every later start of the same
     * parameters is refused ("Cannot find any job execution for job instance"): the file could never be
     * loaded. Such an instance records nothing, so it is removed and the start goes ahead.
     */
    private void removeInstanceWithoutExecution(Job job, JobParameters parameters) {
        JobInstance orphan = jobRepository.getJobInstance(job.getName(), parameters);
        if (orphan != null) {
            log.warn("Job instance {} of {} has no execution (its first start failed); removing it to start again",
                    orphan.getInstanceId(), job.getName());
            jobRepository.deleteJobInstance(orphan);
        }
    }

    /**
     * Spring Batch marks an execution UNKNOWN when the rollback after a failure could not be confirmed,
     * typically because the database connection was lost, and refuses to restart it. For the jobs run
     * here a restart is safe: each step does its database work in the step's one transaction, which
     * PostgreSQL rolled back with the lost connection, and checks on entry what an earlier attempt left
     * (the intake: the archive is write-once, staging is cleared first, the commit acts only on a
     * submission still received; the scorecards: files are write-once and reproducible, registry rows
     * are recorded once). So the execution is recorded as the failure it was, with its unfinished steps.
     */
    private JobExecution failedInsteadOfUnknown(JobExecution execution) {
        log.warn("Execution {} ended UNKNOWN (its connection was lost); recording it as FAILED to restart it",
                execution.getId());
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        jobRepository.update(execution);
        return execution;
    }
}
