package vn.lienket.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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

    private final JobOperator jobOperator;
    private final Job loadSubmissionJob;
    private final SubmissionRegistry registry;
    private final JdbcClient jdbc;
    private final JobRepository jobRepository;

    public SubmissionIntake(JobOperator jobOperator, JobRepository jobRepository, Job loadSubmissionJob,
                            SubmissionRegistry registry, JdbcClient jdbc) {
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
     */
    public IntakeResult load(Path file, String uploader, OffsetDateTime receivedAt) {
        String sha256;
        try {
            sha256 = SubmissionArchive.sha256Of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Optional<Submission> earlier = registry.latestWithHash(sha256);
        if (earlier.isPresent() && earlier.get().status() != SubmissionStatus.RECEIVED) {
            return new IntakeResult(earlier.get(), true, Optional.empty());
        }
        JobParameters parameters = new JobParametersBuilder()
                .addString(LoadSubmissionJobConfiguration.FILE_SHA256, sha256, true)
                .addString(LoadSubmissionJobConfiguration.FILE_PATH, file.toAbsolutePath().toString(), false)
                .addString(LoadSubmissionJobConfiguration.FILE_NAME, file.getFileName().toString(), false)
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

    /** Starts the job, or restarts it when an earlier attempt on these bytes failed part-way. */
    private JobExecution run(JobParameters parameters) {
        try {
            JobExecution last = jobRepository.getLastJobExecution(LoadSubmissionJobConfiguration.JOB_NAME, parameters);
            if (last != null && last.getStatus().isUnsuccessful()) {
                return jobOperator.restart(last);
            }
            return jobOperator.start(loadSubmissionJob, parameters);
        } catch (Exception e) {
            throw new LoadFailedException(Path.of(parameters.getString(LoadSubmissionJobConfiguration.FILE_PATH)), e);
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
