package vn.lienket.intake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.job.LoadSubmissionJobConfiguration;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.registry.SubmissionStatus;

/**
 * The one door through which a file enters the warehouse (command line, inbox and portal all call
 * it): runs {@code loadSubmissionJob} for the file and says what became of it.
 */
@Service
public class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);
    private static final int START_ATTEMPTS = 5;
    /** Longer than any load takes (a million rows: under a minute), shorter than an operator's patience. */
    private static final Duration SAME_BYTES_PATIENCE = Duration.ofMinutes(15);

    private final JobOperator jobOperator;
    private final Job loadSubmissionJob;
    private final SubmissionRegistry registry;
    private final JdbcClient jdbc;
    private final JobRepository jobRepository;
    private final DataSource dataSource;
    private final SubmissionArchive archive;

    public SubmissionIntake(JobOperator jobOperator, JobRepository jobRepository, Job loadSubmissionJob,
                            SubmissionRegistry registry, JdbcClient jdbc, DataSource dataSource, SubmissionArchive archive) {
        this.archive = archive;
        this.dataSource = dataSource;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.loadSubmissionJob = loadSubmissionJob;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    public IntakeResult load(Path file, String uploader) {
        return load(file, uploader, OffsetDateTime.now());
    }

    /**
     * Loads a file received at {@code receivedAt}: the original time of receipt when an archive is
     * replayed or history is recreated, so deadlines and "data as of" come out as they did then.
     * While another process loads the same bytes, this call waits for it and then answers
     * "already processed".
     */
    public IntakeResult load(Path file, String uploader, OffsetDateTime receivedAt) {
        return load(file, file.getFileName().toString(), uploader, receivedAt);
    }

    /** Loads again, in a possibly empty warehouse, a file as it was received: the auditors' replay. */
    public IntakeResult replay(Receipt receipt) {
        Path archived = archive.find(receipt.sha256())
                .orElseThrow(() -> new LoadFailedException(Path.of(receipt.originalFilename()),
                        new FileNotFoundException("no archived file with SHA-256 " + receipt.sha256())));
        return load(archived, receipt.originalFilename(), receipt.uploader(), receipt.receivedAt());
    }

    private IntakeResult load(Path file, String originalFilename, String uploader, OffsetDateTime receivedAt) {
        String sha256;
        try {
            sha256 = SubmissionArchive.sha256Of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try (ContentLoadLock ignored = ContentLoadLock.acquire(dataSource, sha256, SAME_BYTES_PATIENCE)) {
            return loadHoldingLock(file, originalFilename, uploader, receivedAt, sha256);
        } catch (SQLException e) {
            throw new LoadFailedException(file, e);
        }
    }

    private IntakeResult loadHoldingLock(Path file, String originalFilename, String uploader, OffsetDateTime receivedAt,
                                         String sha256) {
        Optional<Submission> earlier = registry.latestWithHash(sha256);
        if (earlier.isPresent() && earlier.get().status() != SubmissionStatus.RECEIVED) {
            return new IntakeResult(earlier.get(), true, Optional.empty());
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(LoadSubmissionJobConfiguration.FILE_SHA256, sha256, true)
                .addString(LoadSubmissionJobConfiguration.FILE_PATH, file.toAbsolutePath().toString(), false)
                .addString(LoadSubmissionJobConfiguration.FILE_NAME, originalFilename, false)
                .addString(LoadSubmissionJobConfiguration.UPLOADER, uploader, false)
                .addString(LoadSubmissionJobConfiguration.RECEIVED_AT, receivedAt.toString(), false)
                .toJobParameters();
        JobExecution execution = run(parameters);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable failure = execution.getAllFailureExceptions().stream().findFirst()
                    .orElse(new IllegalStateException("loadSubmissionJob ended " + execution.getStatus()));
            throw new LoadFailedException(file, failure);
        }
        long id = execution.getExecutionContext().getLong(LoadSubmissionJobConfiguration.SUBMISSION_ID);
        return new IntakeResult(registry.get(id), false, Optional.of(reportJson(id)));
    }

    /**
     * Starts the job, or restarts it when an earlier attempt on these bytes failed part-way. An attempt
     * still marked running was left by a process that died mid-load (killed, machine lost): the
     * caller holds the content lock, so no live process owns it; it is marked failed and restarted.
     */
    private JobExecution run(JobParameters parameters) {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOrRestart(parameters);
            } catch (Exception e) {
                if (attempt == START_ATTEMPTS || !isTransient(e)) {
                    throw new LoadFailedException(Path.of(parameters.getString(LoadSubmissionJobConfiguration.FILE_PATH)), e);
                }
                log.info("Starting the load of {} collided with another load ({}); trying again",
                        parameters.getString(LoadSubmissionJobConfiguration.FILE_NAME), e.getMessage());
                pause(attempt);
            }
        }
    }

    private JobExecution startOrRestart(JobParameters parameters) throws Exception {
        JobExecution last = jobRepository.getLastJobExecution(LoadSubmissionJobConfiguration.JOB_NAME, parameters);
        if (last != null && last.isRunning()) {
            log.warn("Load execution {} of {} was left {} by a process that stopped; restarting it", last.getId(),
                    parameters.getString(LoadSubmissionJobConfiguration.FILE_NAME), last.getStatus());
            last = jobOperator.recover(last);
        }
        if (last != null && last.getStatus() == BatchStatus.UNKNOWN) {
            last = failedInsteadOfUnknown(last);
        }
        if (last != null && last.getStatus().isUnsuccessful()) {
            return jobOperator.restart(last);
        }
        return jobOperator.start(loadSubmissionJob, parameters);
    }

    /**
     * Spring Batch records a new job execution in a SERIALIZABLE transaction; two files arriving at the
     * same moment can make PostgreSQL cancel one of them ("could not serialize access"). Nothing was
     * recorded then, and PostgreSQL's own advice is to try again.
     */
    private static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a load", e);
        }
    }

    /**
     * Spring Batch marks an execution UNKNOWN when the rollback after a failure could not be confirmed,
     * typically because the database connection was lost, and refuses to restart it. For this job a
     * restart is safe: each step does its database work in the step's one transaction, which
     * PostgreSQL rolled back with the lost connection, and checks on entry what an earlier attempt left
     * (the archive is write-once, staging is cleared first, the commit acts only on a submission still
     * received). So the execution is recorded as the failure it was.
     */
    private JobExecution failedInsteadOfUnknown(JobExecution execution) {
        log.warn("Load execution {} ended UNKNOWN (its connection was lost); recording it as FAILED to restart it",
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

    private String reportJson(long submissionId) {
        return jdbc.sql("SELECT report::text FROM submission_report WHERE submission_id = :id")
                .param("id", submissionId).query(String.class).optional().orElse("{}");
    }

    /**
     * What became of one file.
     *
     * @param alreadyProcessed true when these exact bytes had been processed before; nothing changed
     * @param reportJson       the validation report, when the file was checked in this call
     */
    public record IntakeResult(Submission submission, boolean alreadyProcessed, Optional<String> reportJson) {
    }

    /** The job could not finish (database gone, disk full…); the warehouse is unchanged and a rerun resumes. */
    public static class LoadFailedException extends RuntimeException {
        public LoadFailedException(Path file, Throwable cause) {
            super("Loading " + file.getFileName() + " failed: " + cause.getMessage(), cause);
        }
    }
}
