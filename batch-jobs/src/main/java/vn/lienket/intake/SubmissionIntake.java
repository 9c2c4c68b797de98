package vn.lienket.intake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import vn.lienket.intake.archive.ArchivedFile;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.job.LoadSubmissionJobConfiguration;
import vn.lienket.intake.load.SubmissionLoader;
import vn.lienket.intake.registry.FactCounts;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.registry.SubmissionReports;
import vn.lienket.jobs.JobLock;
import vn.lienket.jobs.ResumableJobs;
import vn.lienket.workbook.CheckResult;

/**
 * The one door through which a file enters the warehouse (command line, inbox and portal all call
 * it): archives the bytes (the only time the sent file is read), then runs {@code loadSubmissionJob}
 * on the archived copy, the door's province rule included, and says what became of it.
 */
@Service
public class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);
    /** Longer than any load takes (a million rows: under a minute), shorter than an operator's patience. */
    private static final Duration SAME_BYTES_PATIENCE = Duration.ofMinutes(15);

    private final ResumableJobs jobs;
    private final Job loadSubmissionJob;
    private final SubmissionRegistry registry;
    private final SubmissionReports reports;
    private final SubmissionLoader loader;
    private final DataSource dataSource;
    private final SubmissionArchive archive;
    private final Clock clock;
    private final RetryTemplate startRetry = startRetry();
    private final Semaphore loadsRunning;

    /**
     * @param parallelLoads how many files are loaded at the same moment in this process
     *                      ({@code lienket.intake.parallel-loads}, default 2); more arrivals wait their turn. A load
     *                      holds more than one pooled connection at once (its lock on the bytes for its whole length,
     *                      then the job's): without a bound, 34 provinces uploading at once took all ten connections
     *                      of the pool for their locks and every load timed out waiting for a second one. On two
     *                      cores, two loads at a time keep both busy; raise it with the pool
     *                      ({@code spring.datasource.hikari.maximum-pool-size}) on a larger machine.
     */
    public SubmissionIntake(ResumableJobs jobs, Job loadSubmissionJob, SubmissionRegistry registry,
                            SubmissionReports reports, SubmissionLoader loader, DataSource dataSource,
                            SubmissionArchive archive, Clock clock,
                            @Value("${lienket.intake.parallel-loads:2}") int parallelLoads) {
        if (parallelLoads < 1) {
            throw new IllegalArgumentException("lienket.intake.parallel-loads must be at least 1: " + parallelLoads);
        }
        this.loadsRunning = new Semaphore(parallelLoads, true);
        this.jobs = jobs;
        this.loadSubmissionJob = loadSubmissionJob;
        this.registry = registry;
        this.reports = reports;
        this.loader = loader;
        this.dataSource = dataSource;
        this.archive = archive;
        this.clock = clock;
    }

    public IntakeResult load(Path file, String uploader) {
        return load(file, uploader, OffsetDateTime.now(clock));
    }

    /**
     * As {@link #load(Path, String)}, with the file's bytes already in this intake's archive as {@code storedAhead}
     * holds them (stored while the application started); stored here when they are not.
     */
    public IntakeResult load(Path file, String uploader, Optional<ArchivedFile> storedAhead) {
        return load(IntakeRequest.of(file, uploader, OffsetDateTime.now(clock)), null, storedAhead);
    }

    /** Loads a file sent at {@code receivedAt} by a sender who may report for any province. */
    public IntakeResult load(Path file, String uploader, OffsetDateTime receivedAt) {
        return load(IntakeRequest.of(file, uploader, receivedAt));
    }

    /**
     * Loads again, in a possibly empty warehouse, a file as it was received, through the same door and under the
     * workbook contract version its receipt recorded: the auditors' replay. The arrival is registered under the id its
     * receipt records, so replays of several provinces may run at once.
     */
    public IntakeResult replay(Receipt receipt) {
        Path archived = archive.find(receipt.sha256())
                .orElseThrow(() -> new LoadFailedException(Path.of(receipt.originalFilename()),
                        new FileNotFoundException("no archived file with SHA-256 " + receipt.sha256())));
        return load(new IntakeRequest(archived, receipt.originalFilename(), receipt.uploader(), receipt.receivedAt(),
                ProvinceScope.ofCode(receipt.provinceScope()), receipt.contractVersion()), receipt.submissionId(), Optional.empty());
    }

    /**
     * Archives the file and loads it, received at {@code request.receivedAt()}: the original time of
     * receipt when an archive is replayed, so deadlines and "data as of" come out as they did then.
     * The bytes identical to a province's current version, or refused before through the same door,
     * are "already processed", and so is an arrival replayed again (same bytes, time of receipt and door);
     * the bytes of an earlier, superseded version become current again. While
     * another process loads the same bytes, this call waits for it.
     */
    public IntakeResult load(IntakeRequest request) {
        return load(request, null, Optional.empty());
    }

    private IntakeResult load(IntakeRequest request, Long recordedId, Optional<ArchivedFile> storedAhead) {
        ArchivedFile archived;
        try {
            archived = storedAhead.filter(archive::holds).isPresent() ? storedAhead.get() : archive.store(request.file());
        } catch (IOException e) {
            throw new LoadFailedException(request.file(),
                    new IOException("Cannot archive " + request.file() + ": " + e.getMessage(), e));
        }
        try {
            loadsRunning.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailedException(request.file(), e);
        }
        try (JobLock ignored = JobLock.acquire(dataSource, LoadSubmissionJobConfiguration.JOB_NAME + ":" + archived.sha256(),
                SAME_BYTES_PATIENCE, "loading these bytes")) {
            return loadHoldingLock(request, archived, recordedId);
        } catch (SQLException e) {
            throw new LoadFailedException(request.file(), e);
        } finally {
            loadsRunning.release();
        }
    }

    private IntakeResult loadHoldingLock(IntakeRequest request, ArchivedFile archived, Long recordedId) {
        Optional<Submission> sameArrival = registry.decidedArrival(archived.sha256(), request.receivedAt(), request.scope());
        if (sameArrival.isPresent()) {
            return result(sameArrival.get(), true, Optional.empty());
        }
        Optional<Submission> earlier = registry.latestWithHash(archived.sha256());
        if (earlier.isPresent() && alreadyProcessed(earlier.get(), request.scope())) {
            return result(earlier.get(), true, Optional.empty());
        }
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(LoadSubmissionJobConfiguration.FILE_SHA256, archived.sha256(), true)
                .addString(LoadSubmissionJobConfiguration.PROVINCE_SCOPE, request.scope().code(), true)
                .addLong(LoadSubmissionJobConfiguration.SENDING, (long) registry.decidedWithHash(archived.sha256()), true)
                .addString(LoadSubmissionJobConfiguration.FILE_NAME, request.originalFilename(), false)
                .addString(LoadSubmissionJobConfiguration.UPLOADER, request.uploader(), false)
                .addString(LoadSubmissionJobConfiguration.RECEIVED_AT, request.receivedAt().toString(), false);
        if (request.contractVersion() != null) {
            builder.addString(LoadSubmissionJobConfiguration.CONTRACT_VERSION, request.contractVersion(), false);
        }
        if (recordedId != null) {
            builder.addLong(LoadSubmissionJobConfiguration.RECORDED_SUBMISSION_ID, recordedId, false);
        }
        JobExecution execution = run(request, builder.toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable failure = execution.getAllFailureExceptions().stream().findFirst()
                    .orElse(new IllegalStateException("loadSubmissionJob ended " + execution.getStatus()));
            throw new LoadFailedException(request.file(), failure);
        }
        long id = execution.getExecutionContext().getLong(LoadSubmissionJobConfiguration.SUBMISSION_ID);
        return result(registry.get(id), false, loader.takeRejectedCheck(id));
    }

    /**
     * Bytes identical to the current version, or judged before through a door with the same province
     * rule, change nothing. A superseded version sent again is loaded again and becomes current (its
     * sender means it); a file refused by one door is judged again when it comes through another.
     */
    private static boolean alreadyProcessed(Submission earlier, ProvinceScope scope) {
        return switch (earlier.status()) {
            case RECEIVED, SUPERSEDED -> false;
            case LOADED -> true;
            case REJECTED -> earlier.provinceScope().equals(scope);
        };
    }

    private IntakeResult result(Submission submission, boolean alreadyProcessed, Optional<CheckResult> check) {
        return new IntakeResult(submission, alreadyProcessed, reports.find(submission.id()),
                submission.facts().orElse(FactCounts.NONE), check);
    }

    /**
     * Starts the job, or restarts it when an earlier attempt on these bytes failed part-way (see
     * {@link ResumableJobs}; the caller holds the {@link JobLock} of these bytes). PostgreSQL may cancel a start, or
     * a step, as transient (a deadlock; a serialization failure under a stricter
     * {@code spring.batch.jdbc.isolation-level-for-create} than the application's read committed) and its own advice is
     * to try again: cancelled at the start, nothing was recorded; cancelled in a step (the job then ends FAILED), starting
     * again resumes the job from that step.
     */
    private JobExecution run(IntakeRequest request, JobParameters parameters) {
        try {
            return startRetry.execute(new Retryable<JobExecution>() {
                @Override
                public JobExecution execute() throws Exception {
                    JobExecution execution = jobs.startOrResume(loadSubmissionJob, parameters);
                    if (execution.getStatus() == BatchStatus.FAILED) {
                        Optional<Throwable> collision = execution.getAllFailureExceptions().stream()
                                .filter(SubmissionIntake::isTransient).findFirst();
                        if (collision.isPresent()) {
                            throw new StepStartCollision(collision.get());
                        }
                    }
                    return execution;
                }

                @Override
                public String getName() {
                    return request.originalFilename();
                }
            });
        } catch (RetryException e) {
            throw new LoadFailedException(request.file(), e.getLastException());
        }
    }

    private static RetryTemplate startRetry() {
        RetryTemplate template = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(4)
                .delay(Duration.ofMillis(20))
                .jitter(Duration.ofMillis(40))
                .multiplier(2)
                .predicate(SubmissionIntake::isTransient)
                .build());
        template.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
                log.info("Starting the load of {} collided with another load; trying again", retryable.getName());
            }
        });
        return template;
    }

    private static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What became of one file.
     *
     * @param alreadyProcessed true when these exact bytes had been processed before; nothing changed
     * @param reportJson       the stored validation report (empty only if the file never got as far as its check)
     * @param facts            the fact rows it carries (none when rejected)
     * @param check            the check of a file rejected by this call, to annotate it from without reading it again
     */
    public record IntakeResult(Submission submission, boolean alreadyProcessed, Optional<String> reportJson,
                               FactCounts facts, Optional<CheckResult> check) {
    }

    /** A step of the load job could not start because another load's transaction collided with it; worth another try. */
    private static final class StepStartCollision extends RuntimeException {
        StepStartCollision(Throwable collision) {
            super(collision.getMessage(), collision);
        }
    }

    /** The job could not finish (database gone, disk full…); the warehouse is unchanged and a rerun resumes. */
    public static class LoadFailedException extends RuntimeException {
        public LoadFailedException(Path file, Throwable cause) {
            super("Loading " + file.getFileName() + " failed: " + cause.getMessage(), cause);
        }
    }
}
