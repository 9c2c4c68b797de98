package vn.lienket.inbox;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.lienket.intake.job.LoadSubmissionJobConfiguration;

/**
 * Frees loads that a dead node left behind. A node killed mid-load leaves its
 * {@code loadSubmissionJob} execution STARTED forever, and a STARTED execution blocks every restart
 * of the same file. Inbox scans never overlap anywhere in the cluster (the scan job disallows
 * concurrent execution), so when a scan begins, any inbox load still STARTED belongs to a scan that
 * died: it is marked failed with {@link JobOperator#recover(JobExecution)}, and the scan's next
 * attempt on the file restarts it. Loads started from the command line are not touched.
 */
@Component
public class StaleInboxLoads {

    private static final Logger log = LoggerFactory.getLogger(StaleInboxLoads.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    public StaleInboxLoads(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /** Recovers abandoned inbox loads and returns the ids of their executions. */
    public List<Long> recover() {
        List<JobExecution> stale = jobRepository.findRunningJobExecutions(LoadSubmissionJobConfiguration.JOB_NAME).stream()
                .filter(execution -> {
                    String uploader = execution.getJobParameters().getString(LoadSubmissionJobConfiguration.UPLOADER);
                    return uploader != null && uploader.startsWith(InboxScanner.UPLOADER_PREFIX);
                })
                .toList();
        for (JobExecution execution : stale) {
            log.warn("Recovering inbox load execution {} left {} by a stopped node", execution.getId(), execution.getStatus());
            jobOperator.recover(execution);
        }
        return stale.stream().map(JobExecution::getId).toList();
    }
}
