package vn.lienket.intake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
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
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.job.LoadSubmissionJobConfiguration;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.registry.SubmissionStatus;
import vn.lienket.jobs.JobLock;
import vn.lienket.jobs.ResumableJobs;

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

    private final ResumableJobs jobs;
    private final Job loadSubmissionJob;
    private final SubmissionRegistry registry;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SubmissionArchive archive;
    private final Clock clock;

    public SubmissionIntake(ResumableJobs jobs, Job loadSubmissionJob,
                            SubmissionRegistry registry, JdbcClient jdbc, DataSource dataSource, SubmissionArchive archive, Clock clock) {
        this.archive = archive;
        this.clock = clock;
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.loadSubmissionJob = loadSubmissionJob;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    public IntakeResult load(Path file, String uploader) {
        return load(file, uploader, OffsetDateTime.now(clock));
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
        try (JobLock ignored = JobLock.acquire(dataSource, LoadSubmissionJobConfiguration.JOB_NAME + ":" + sha256,
                SAME_BYTES_PATIENCE, "loading these bytes")) {
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
     * caller holds the {@link JobLock} of these bytes, so no live process owns it ({@link ResumableJobs}).
     */
    private JobExecution run(JobParameters parameters) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jobs.startOrResume(loadSubmissionJob, parameters);
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
