package vn.lienket.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.intake.reference.WarehouseProvinceDirectory;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardRenderer;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.data.ScorecardAssembler;
import vn.lienket.scorecard.data.ScorecardRequest;
import vn.lienket.scorecard.data.ScorecardSubject;
import vn.lienket.scorecard.data.SubmissionStatuses;

/**
 * {@code renderScorecardsJob}: one chunk-oriented step reading the quarter's subjects, assembling and rendering each
 * (processor) and writing its files and registry row (writer). The instance is identified by quarter, view, language,
 * subjects, output directory and the warehouse state those scorecards read, so the same request on the same data is
 * one completed instance, and new data is a new instance. No incrementer: the parameters are the identity.
 */
@Configuration(proxyBeanMethods = false)
public class RenderScorecardsJobConfiguration {

    public static final String JOB_NAME = "renderScorecardsJob";
    public static final String QUARTER = "quarter";
    public static final String VIEW = "view";
    public static final String LANGUAGE = "language";
    /** {@value #ALL_SUBJECTS} or a comma-separated list of programme codes and provinces ({@code HCMC_TN,P34:68}). */
    public static final String SUBJECTS = "subjects";
    public static final String ALL_SUBJECTS = "all";
    /** Not identifying: the subjects {@link #SUBJECTS} stands for, resolved once by the caller, in rendering order. */
    public static final String SUBJECT_LIST = "subject.list";
    public static final String OUTPUT_DIR = "output.dir";
    public static final String WAREHOUSE_STATE = "warehouse.state";

    private static final int SCORECARDS_PER_CHUNK = 4;

    @Bean
    Job renderScorecardsJob(JobRepository jobRepository, Step renderScorecardsStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(renderScorecardsStep).build();
    }

    @Bean
    Step renderScorecardsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              ListItemReader<ScorecardRequest> scorecardRequestReader, ScorecardAssembler assembler,
                              ScorecardRenderer renderer, ItemWriter<RenderedItem> scorecardFileWriter) {
        ItemProcessor<ScorecardRequest, RenderedItem> render = request -> {
            var scorecard = assembler.assemble(request);
            return new RenderedItem(request, scorecard, renderer.render(scorecard));
        };
        return new StepBuilder("renderScorecardsStep", jobRepository)
                .<ScorecardRequest, RenderedItem>chunk(SCORECARDS_PER_CHUNK)
                .transactionManager(transactionManager)
                .reader(scorecardRequestReader)
                .processor(render)
                .writer(scorecardFileWriter)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<ScorecardRequest> scorecardRequestReader(
            @Value("#{jobParameters['" + QUARTER + "']}") String quarter,
            @Value("#{jobParameters['" + VIEW + "']}") String view,
            @Value("#{jobParameters['" + LANGUAGE + "']}") String language,
            @Value("#{jobParameters['" + SUBJECT_LIST + "']}") String subjects) {
        Quarter q = Quarter.parse(quarter);
        ScorecardView v = ScorecardView.valueOf(view.toUpperCase(Locale.ROOT));
        ReportLanguage l = ReportLanguage.valueOf(language.toUpperCase(Locale.ROOT));
        List<ScorecardSubject> chosen = subjects.isEmpty() ? List.of()
                : Arrays.stream(subjects.split(",")).map(RenderScorecardsJobConfiguration::subject).toList();
        return new ListItemReader<>(chosen.stream().map(s -> new ScorecardRequest(s, q, v, l)).toList());
    }

    @Bean
    @StepScope
    ScorecardFileWriter scorecardFileWriter(ScorecardRegistry registry, RenderProgress progress,
            @Value("#{jobParameters['" + OUTPUT_DIR + "']}") String outputDir) {
        return new ScorecardFileWriter(Path.of(outputDir), registry, progress);
    }

    @Bean
    ScorecardAssembler scorecardAssembler(JdbcClient jdbc, ScorecardProperties properties, SubmissionStatuses statuses,
                                          IntakeProperties intake) {
        return new ScorecardAssembler(jdbc, properties.policy(), statuses, intake.timeZone(), () -> new WarehouseProvinceDirectory(jdbc));
    }

    @Bean
    ScorecardRenderer scorecardRenderer() {
        return new ScorecardRenderer();
    }

    /** {@code HCMC_TN} is a programme, {@code P34:68} a province. */
    static ScorecardSubject subject(String code) {
        return code.contains(":") ? new ScorecardSubject.Province(ProvinceId.parse(code))
                : new ScorecardSubject.Programme(code);
    }
}
