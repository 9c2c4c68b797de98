package vn.lienket.audit.replay;

import java.util.List;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.registry.SubmissionRegistry;

/**
 * {@code replayArchiveJob}: the manager ({@link ArchiveReplay}, which builds the partitioned step for each replay's
 * plan) and the worker step {@code replayPartitionStep}, which replays the receipts its partition's execution context
 * names ({@link LineagePartitioner#RECEIPTS}) through {@link ReplayPartitionWorker}. The worker step runs outside any
 * transaction ({@code NOT_SUPPORTED}): each receipt's load job is started from it and commits its own steps, as it does
 * when a file arrives (Spring Batch refuses to start a job inside a transaction).
 */
@Configuration(proxyBeanMethods = false)
public class ReplayArchiveJobConfiguration {

    public static final String WORKER_STEP = "replayPartitionStep";

    @Bean
    ReplayPartitionWorker replayPartitionWorker(SubmissionIntake intake, SubmissionArchive archive) {
        return new ReplayPartitionWorker(intake, archive);
    }

    @Bean
    Step replayPartitionStep(JobRepository jobRepository, ReplayPartitionWorker replayPartitionWorker) {
        return new StepBuilder(WORKER_STEP, jobRepository)
                .tasklet((contribution, chunk) -> {
                    @SuppressWarnings("unchecked")
                    List<String> receipts = (List<String>) chunk.getStepContext().getStepExecution().getExecutionContext()
                            .get(LineagePartitioner.RECEIPTS);
                    ReplayCounts counts = replayPartitionWorker.replayNamed(receipts);
                    for (int i = 0; i < counts.total(); i++) {
                        contribution.incrementReadCount();
                    }
                    contribution.incrementWriteCount(counts.loaded());
                    contribution.incrementFilterCount(counts.rejected());
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                .build();
    }

    @Bean
    ArchiveReplay archiveReplay(JobRepository jobRepository, JobOperator jobOperator, Step replayPartitionStep,
                                ReplayPartitionWorker replayPartitionWorker, SubmissionRegistry registry,
                                @Value("${lienket.replay.parallel:0}") int parallel) {
        return new ArchiveReplay(jobRepository, jobOperator, replayPartitionStep, replayPartitionWorker, registry, parallel);
    }
}
