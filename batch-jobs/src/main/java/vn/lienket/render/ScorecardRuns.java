package vn.lienket.render;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;
import vn.lienket.distribution.DistributionList;
import vn.lienket.distribution.QuarterlyScorecards;
import vn.lienket.distribution.RenderedScorecardFile;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.jobs.JobLock;
import vn.lienket.jobs.ResumableJobs;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.SubjectKind;
import vn.lienket.scorecard.data.ScorecardAssembler;
import vn.lienket.scorecard.data.ScorecardSubject;

/**
 * Runs {@code renderScorecardsJob} and answers with the registry rows of the scorecards asked for. When the same
 * request already completed on the same warehouse state, the job instance is complete and nothing is rendered again:
 * the recorded files are the answer (they are byte-for-byte what a new render would give).
 */
@Service
public class ScorecardRuns implements QuarterlyScorecards {

    /** Longer than a quarter's set takes to render (seconds), shorter than an operator's patience. */
    private static final Duration SAME_SCORECARDS_PATIENCE = Duration.ofMinutes(15);

    private final ResumableJobs jobs;
    private final DataSource dataSource;
    private final Job renderScorecardsJob;
    private final ScorecardAssembler assembler;
    private final ScorecardRegistry registry;
    private final RenderProgress progress;
    private final ScorecardProperties properties;

    public ScorecardRuns(ResumableJobs jobs, DataSource dataSource, Job renderScorecardsJob,
                         ScorecardAssembler assembler, ScorecardRegistry registry, RenderProgress progress,
                         ScorecardProperties properties) {
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.renderScorecardsJob = renderScorecardsJob;
        this.assembler = assembler;
        this.registry = registry;
        this.progress = progress;
        this.properties = properties;
    }

    /** What to render; no subjects means every programme and member province of the quarter. */
    public record RenderRequest(Quarter quarter, ScorecardView view, ReportLanguage language,
                                List<ScorecardSubject> subjects, Path outputDir) {
        public RenderRequest {
            subjects = List.copyOf(subjects);
            outputDir = outputDir.toAbsolutePath().normalize();
        }
    }

    /** The subjects a request covers, in the order they are rendered. */
    public List<ScorecardSubject> subjects(RenderRequest request) {
        return request.subjects().isEmpty() ? assembler.subjects(request.quarter(), request.view()) : request.subjects();
    }

    /** Renders (or finds already rendered) the scorecards; {@code onWritten} hears of each file pair as it is written. */
    public List<ScorecardRecord> render(RenderRequest request, Consumer<ScorecardRecord> onWritten) {
        return render(request, subjects(request), onWritten);
    }

    /**
     * As {@link #render(RenderRequest, Consumer)}, for a caller that has asked for the {@link #subjects} already (to
     * size a progress bar): they are computed once per render, and the job reads them from its parameters.
     */
    public List<ScorecardRecord> render(RenderRequest request, List<ScorecardSubject> subjects,
                                        Consumer<ScorecardRecord> onWritten) {
        JobParameters parameters = parameters(request, subjects);
        boolean done;
        try (JobLock ignored = JobLock.acquire(dataSource, lockName(request), SAME_SCORECARDS_PATIENCE,
                "rendering these scorecards")) {
            JobExecution last = jobs.last(renderScorecardsJob, parameters);
            done = last != null && last.getStatus() == BatchStatus.COMPLETED;
            if (!done) {
                run(request, parameters, onWritten);
            }
        } catch (SQLException e) {
            throw new RenderFailedException(request, e);
        }
        List<ScorecardRecord> records = new ArrayList<>();
        for (ScorecardSubject subject : subjects) {
            ScorecardRecord recorded = registry.latest(subject, request.quarter(), request.view(), request.language(),
                    request.outputDir()).orElseThrow(() -> new IllegalStateException("no scorecard recorded for " + subject));
            records.add(recorded);
            if (done) {
                onWritten.accept(recorded);
            }
        }
        return records;
    }

    private void run(RenderRequest request, JobParameters parameters, Consumer<ScorecardRecord> onWritten) {
        JobExecution execution;
        progress.listen(onWritten);
        try {
            execution = jobs.startOrResume(renderScorecardsJob, parameters);
        } catch (Exception e) {
            throw new RenderFailedException(request, e);
        } finally {
            progress.stop();
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new RenderFailedException(request, execution.getAllFailureExceptions().stream().findFirst()
                    .orElse(new IllegalStateException(RenderScorecardsJobConfiguration.JOB_NAME + " ended "
                            + execution.getStatus())));
        }
    }

    /**
     * One render at a time of the same scorecards into the same directory, whatever the warehouse state:
     * the request's parameters without it.
     */
    private static String lockName(RenderRequest request) {
        JobParameters parameters = requestParameters(request).toJobParameters();
        return RenderScorecardsJobConfiguration.JOB_NAME + ":" + parameters.parameters().stream()
                .map(parameter -> parameter.name() + "=" + parameter.value()).sorted().collect(Collectors.joining("|"));
    }

    /** The job's identifying parameters: the request and the state of the warehouse it reads. */
    JobParameters parameters(RenderRequest request) {
        return parameters(request, subjects(request));
    }

    /** As above, with the subjects the job renders as a non-identifying parameter, so its reader asks for none. */
    private JobParameters parameters(RenderRequest request, List<ScorecardSubject> subjects) {
        return requestParameters(request)
                .addString(RenderScorecardsJobConfiguration.WAREHOUSE_STATE, assembler.inputsDigest(request.quarter()))
                .addString(RenderScorecardsJobConfiguration.SUBJECT_LIST,
                        String.join(",", subjects.stream().map(ScorecardSubject::code).toList()), false)
                .toJobParameters();
    }

    private static JobParametersBuilder requestParameters(RenderRequest request) {
        return new JobParametersBuilder()
                .addString(RenderScorecardsJobConfiguration.QUARTER, request.quarter().toString())
                .addString(RenderScorecardsJobConfiguration.VIEW, request.view().name())
                .addString(RenderScorecardsJobConfiguration.LANGUAGE, request.language().name())
                .addString(RenderScorecardsJobConfiguration.SUBJECTS, request.subjects().isEmpty()
                        ? RenderScorecardsJobConfiguration.ALL_SUBJECTS
                        : String.join(",", request.subjects().stream().map(ScorecardSubject::code).toList()))
                .addString(RenderScorecardsJobConfiguration.OUTPUT_DIR, request.outputDir().toString());
    }

    /** The scheduled distribution: every scorecard of the quarter in the configured view and language. */
    @Override
    public List<RenderedScorecardFile> render(Quarter quarter) {
        RenderRequest request = new RenderRequest(quarter, properties.distribution().view(),
                properties.distribution().language(), List.of(), properties.outputDir());
        return render(request, recorded -> { }).stream()
                .map(recorded -> new RenderedScorecardFile(audience(recorded), recorded.subjectName(), recorded.pdf(),
                        recorded.pdfSha256()))
                .toList();
    }

    private static DistributionList audience(ScorecardRecord recorded) {
        return recorded.kind() == SubjectKind.PROGRAMME
                ? new DistributionList.Programme(recorded.subjectCode())
                : new DistributionList.Province(ProvinceId.parse(recorded.subjectCode()));
    }

    /** The job could not finish; files already written stay (write-once) and a rerun continues. */
    public static class RenderFailedException extends RuntimeException {
        public RenderFailedException(RenderRequest request, Throwable cause) {
            super("Rendering the " + request.quarter() + " scorecards (" + request.view().name().toLowerCase(Locale.ROOT)
                    + ", " + request.language().name().toLowerCase(Locale.ROOT) + ") failed: " + cause.getMessage(), cause);
        }
    }
}
