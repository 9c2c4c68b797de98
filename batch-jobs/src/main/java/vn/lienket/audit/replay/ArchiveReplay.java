package vn.lienket.audit.replay;

import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.registry.SubmissionRegistry;

/**
 * The manager side of the partitioned replay: {@code replayArchiveJob}, one step ({@code replayArchiveStep})
 * partitioned by {@link LineagePartitioner} and handed to {@code replayPartitionStep} on a pool of {@code parallel}
 * threads (a {@link TaskExecutorPartitionHandler} whose grid size is {@code parallel}). Receipts written before the id
 * was recorded are replayed first, alone, so that the id sequence gives them production's ids; afterwards the sequence
 * continues after the highest id registered.
 */
public class ArchiveReplay {

    public static final String JOB_NAME = "replayArchiveJob";
    public static final String MANAGER_STEP = "replayArchiveStep";

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final Step replayPartitionStep;
    private final ReplayPartitionWorker worker;
    private final SubmissionRegistry registry;
    private final int parallel;

    /** @param parallel lineages replayed at the same moment ({@code lienket.replay.parallel}); 0 or less: one per core */
    public ArchiveReplay(JobRepository jobRepository, JobOperator jobOperator, Step replayPartitionStep,
                         ReplayPartitionWorker worker, SubmissionRegistry registry, int parallel) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.replayPartitionStep = replayPartitionStep;
        this.worker = worker;
        this.registry = registry;
        this.parallel = parallel > 0 ? parallel : Runtime.getRuntime().availableProcessors();
    }

    public int parallel() {
        return parallel;
    }

    /**
     * Replays the plan; {@code onEach} hears of every receipt replayed, from whichever thread replayed it.
     *
     * @param range how the audit log and the job repository name what was replayed ({@code all}, {@code 2024-Q3..*})
     */
    public ReplayCounts replay(ReplayPlan plan, String range, Consumer<SubmissionIntake.IntakeResult> onEach) throws Exception {
        try (AutoCloseable observing = worker.observe(onEach)) {
            ReplayCounts counts = worker.replay(plan.unrecorded());
            if (!plan.lineages().isEmpty()) {
                counts = counts.plus(replayLineages(plan, range));
            }
            registry.continueIdsAfterRecorded();
            return counts;
        }
    }

    private ReplayCounts replayLineages(ReplayPlan plan, String range) throws Exception {
        JobExecution execution = jobOperator.start(job(plan), new JobParametersBuilder()
                .addString("replay.range", range)
                .addString("replay.started", Instant.now().toString())
                .addLong("replay.parallel", (long) parallel, false)
                .toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable failure = execution.getAllFailureExceptions().stream().findFirst()
                    .orElse(new IllegalStateException(JOB_NAME + " ended " + execution.getStatus()));
            throw new ReplayFailedException(failure);
        }
        StepExecution manager = execution.getStepExecutions().stream().filter(step -> step.getStepName().equals(MANAGER_STEP))
                .findFirst().orElseThrow();
        long rejected = manager.getFilterCount();
        long loaded = manager.getWriteCount();
        return new ReplayCounts((int) loaded, (int) rejected, (int) (manager.getReadCount() - loaded - rejected));
    }

    private Job job(ReplayPlan plan) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("replay-");
        threads.setConcurrencyLimit(parallel);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(replayPartitionStep);
        handler.setTaskExecutor(threads);
        handler.setGridSize(parallel);
        Step manager = new StepBuilder(MANAGER_STEP, jobRepository)
                .partitioner(replayPartitionStep.getName(), new LineagePartitioner(plan))
                .partitionHandler(handler)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository).start(manager).build();
    }

    /** A lineage could not be replayed (database gone, an archived file missing…); its message says which. */
    public static class ReplayFailedException extends RuntimeException {
        ReplayFailedException(Throwable cause) {
            super("The replay failed: " + cause.getMessage(), cause);
        }
    }
}
