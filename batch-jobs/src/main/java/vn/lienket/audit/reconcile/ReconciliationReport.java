package vn.lienket.audit.reconcile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;


/**
 * Production against a replay of its archive, written to the report as JSON. "Then" is production (what was
 * decided when the files arrived), "now" is the replay.
 *
 * @param differences the number of submissions, fact groups and scorecards that do not match
 */
public record ReconciliationReport(boolean matches, int differences, List<SubmissionComparison> submissions,
                                   List<FactGroupComparison> factGroups, List<ScorecardComparison> scorecards) {

    /**
     * A submission's status and the workbook contract version it was checked under, in production and in the replay
     * ({@code null} where it is missing); it matches when both are the same.
     */
    public record SubmissionComparison(String fileSha256, OffsetDateTime receivedAt, String originalFilename,
                                       Long productionId, String statusThen, String statusNow, String contractThen,
                                       String contractNow, boolean matches) {
    }

    /** One fact table × quarter × province: row counts and checksums of the published rows, and the first differing rows. */
    public record FactGroupComparison(String table, String quarter, String province, long rowsThen, long rowsNow,
                                      BigDecimal checksumThen, BigDecimal checksumNow, boolean matches,
                                      List<DifferingRow> onlyInProduction, List<DifferingRow> onlyInReplay) {
    }

    /** A published row one side has and the other has not, with where it came from. */
    public record DifferingRow(String content, Lineage lineage) {
    }

    /** A scorecard's recorded files: the SHA-256 of what was rendered and distributed against what the replay re-rendered. */
    public record ScorecardComparison(String kind, String subject, String quarter, String view, String language,
                                      String pdfRendered, String pdfReRendered, String xlsxRendered, String xlsxReRendered,
                                      boolean matches) {
    }
}
