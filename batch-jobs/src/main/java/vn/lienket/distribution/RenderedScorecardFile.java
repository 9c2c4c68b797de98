package vn.lienket.distribution;

import java.nio.file.Path;

/**
 * One rendered scorecard PDF and the list entitled to it (a programme's leadership or a province).
 *
 * @param title what the scorecard covers, for the mail subject, e.g. "TP.HCM – Tây Nguyên"
 */
public record RenderedScorecardFile(DistributionList audience, String title, Path path, String sha256) {
}
