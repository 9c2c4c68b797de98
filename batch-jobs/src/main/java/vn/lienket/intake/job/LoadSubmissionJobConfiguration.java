package vn.lienket.intake.job;

import java.time.OffsetDateTime;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.intake.load.SubmissionLoader;
import vn.lienket.intake.staging.StagedFactWriter.StagedCounts;

/**
 * {@code loadSubmissionJob}: register, then stage and commit, for a file the intake has archived. The job
 * instance is identified by the SHA-256 of the file, the door's province scope and the sending (see
 * {@link vn.lienket.intake.SubmissionIntake}), so the same bytes through the same door are processed once; each step runs in one
 * transaction and can be restarted after a crash (a completed step is skipped, an interrupted one starts over).
 * Registration is a step of its own: once committed, the submission id it recorded (in the receipt too) is the one a
 * restart continues. Staging COPYs the rows into the fact tables and the commit publishes them, in the same
 * transaction: a crash or failure anywhere in it leaves the warehouse as before and nothing staged, and the restart
 * stages again. One step instead of a staging step and a commit step spares each upload a step's bookkeeping in
 * the job repository (its execution row and context created, read back and updated several times), the largest
 * database share of a load during the deadline rush (docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
public class LoadSubmissionJobConfiguration {

    public static final String JOB_NAME = "loadSubmissionJob";
    public static final String FILE_SHA256 = "file.sha256";
    public static final String FILE_NAME = "file.name";
    public static final String UPLOADER = "uploader";
    public static final String RECEIVED_AT = "received.at";
    /** The workbook contract version a replayed receipt recorded; absent: the one in force at {@link #RECEIVED_AT}. */
    public static final String CONTRACT_VERSION = "contract.version";
    /** The province the door accepted ({@link vn.lienket.intake.ProvinceScope#code()}): the same bytes through another door are another load. */
    public static final String PROVINCE_SCOPE = "province.scope";
    /** How many earlier sendings of these bytes have their verdict: sending a superseded version again is another load. */
    public static final String SENDING = "file.sending";
    public static final String SUBMISSION_ID = "submission.id";
    /** On a replay, the id the receipt records, registered again as it is (absent: the next id). */
    public static final String RECORDED_SUBMISSION_ID = "submission.recorded-id";

    @Bean
    Job loadSubmissionJob(JobRepository jobRepository, Step archiveSubmissionStep, Step stageAndCommitSubmissionStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(archiveSubmissionStep)
                .next(stageAndCommitSubmissionStep)
                .build();
    }

    @Bean
    Step archiveSubmissionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               SubmissionLoader loader) {
        return new StepBuilder("archiveSubmissionStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var parameters = chunk.getStepContext().getStepExecution().getJobParameters();
                    long id = loader.register(parameters.getString(FILE_SHA256), parameters.getString(FILE_NAME), parameters.getString(UPLOADER),
                            OffsetDateTime.parse(parameters.getString(RECEIVED_AT)),
                            ProvinceScope.ofCode(parameters.getString(PROVINCE_SCOPE)), parameters.getString(CONTRACT_VERSION),
                            parameters.getLong(RECORDED_SUBMISSION_ID));
                    jobContext(chunk).putLong(SUBMISSION_ID, id);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step stageAndCommitSubmissionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                      SubmissionLoader loader) {
        return new StepBuilder("stageAndCommitSubmissionStep", jobRepository)
                .tasklet((contribution, chunk) -> {
                    long id = jobContext(chunk).getLong(SUBMISSION_ID);
                    StagedCounts staged = loader.stage(id).staged();
                    loader.commit(id, staged);
                    contribution.incrementWriteCount(staged.total());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    private static ExecutionContext jobContext(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
