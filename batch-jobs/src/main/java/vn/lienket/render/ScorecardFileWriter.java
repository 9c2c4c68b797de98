package vn.lienket.render;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.lienket.scorecard.IncludedSubmission;
import vn.lienket.scorecard.Scorecard;

/** Writes each rendered pair write-once under the output directory and records it in the registry. */
class ScorecardFileWriter implements ItemWriter<RenderedItem> {

    private final Path outputDir;
    private final ScorecardRegistry registry;
    private final RenderProgress progress;

    ScorecardFileWriter(Path outputDir, ScorecardRegistry registry, RenderProgress progress) {
        this.outputDir = outputDir;
        this.registry = registry;
        this.progress = progress;
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
