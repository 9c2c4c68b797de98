package vn.lienket.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.lienket.scorecard.IncludedSubmission;
import vn.lienket.scorecard.Scorecard;

/**
 * Writes each rendered pair write-once under the output directory and records it in the registry. As a stream of
 * its step it first sweeps the half-written files a killed render left there, as the inbox does with its own.
 */
class ScorecardFileWriter implements ItemWriter<RenderedItem>, ItemStream {

    /** No live render takes this long to publish a file it has started. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(ScorecardFileWriter.class);

    private final Path outputDir;
    private final ScorecardRegistry registry;
    private final RenderProgress progress;

    ScorecardFileWriter(Path outputDir, ScorecardRegistry registry, RenderProgress progress) {
        this.outputDir = outputDir;
        this.registry = registry;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            ScorecardFiles.sweepLeftovers(outputDir, LEFTOVER_AGE)
                    .forEach(path -> log.warn("Removed {}, left by a stopped render", path));
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not sweep the leftovers of stopped renders in {}: {}", outputDir, e.getMessage());
        }
    }

    @Override
    public void write(Chunk<? extends RenderedItem> chunk) {
        for (RenderedItem item : chunk) {
            Path pdf = ScorecardFiles.pathFor(outputDir, item.request(), item.rendered().pdfSha256(), "pdf");
            Path xlsx = ScorecardFiles.pathFor(outputDir, item.request(), item.rendered().xlsxSha256(), "xlsx");
            ScorecardFiles.writeOnce(pdf, item.rendered().pdf());
            ScorecardFiles.writeOnce(xlsx, item.rendered().xlsx());
            Scorecard scorecard = item.scorecard();
            ScorecardRecord recorded = registry.record(new ScorecardRecord(0, scorecard.subject().kind(),
                    item.request().subject().code(), scorecard.subject().name(), scorecard.quarter(), scorecard.view(),
                    scorecard.language(), pdf, item.rendered().pdfSha256(), xlsx, item.rendered().xlsxSha256(),
                    scorecard.dataAsOf(),
                    scorecard.includedSubmissions().stream().map(IncludedSubmission::id).map(Long::valueOf).toList()));
            progress.written(recorded);
        }
    }
}
