package vn.lienket.scorecard;

import vn.lienket.domain.Sha256;
import vn.lienket.scorecard.pdf.ScorecardPdf;
import vn.lienket.scorecard.xlsx.ScorecardWorkbook;

/**
 * The one door to scorecard rendering: a {@link Scorecard} in, PDF/A-1b and XLSX bytes with their
 * SHA-256 out. Thread-safe; templates are compiled once per JVM, on first use.
 */
public final class ScorecardRenderer {

    private final ScorecardPdf pdf = new ScorecardPdf();
    private final ScorecardWorkbook workbook = new ScorecardWorkbook();

    public RenderedScorecard render(Scorecard scorecard) {
        byte[] pdfBytes = pdf.render(scorecard);
        byte[] xlsxBytes = workbook.write(scorecard);
        return new RenderedScorecard(pdfBytes, xlsxBytes, Sha256.hexOf(pdfBytes), Sha256.hexOf(xlsxBytes));
    }
}
