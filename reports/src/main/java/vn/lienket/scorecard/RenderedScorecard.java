package vn.lienket.scorecard;

/**
 * A scorecard as files: PDF/A-1b and XLSX bytes with their SHA-256 hex digests. The same
 * {@link Scorecard} always yields the same bytes, so the digests identify the content.
 */
public record RenderedScorecard(byte[] pdf, byte[] xlsx, String pdfSha256, String xlsxSha256) {
}
