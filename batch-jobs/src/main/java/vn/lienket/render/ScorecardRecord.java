package vn.lienket.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.SubjectKind;

/**
 * One row of the scorecard registry: a PDF and XLSX pair as written, with their digests and what they were made of.
 *
 * @param subjectCode  {@code HCMC_TN} or {@code P34:68}
 * @param subjectName  as printed, e.g. {@code TP.HCM – Tây Nguyên} or {@code Lâm Đồng (P34:68)}
 * @param dataAsOf     the latest load time of the included submissions
 */
public record ScorecardRecord(
        long id,
        SubjectKind kind,
        String subjectCode,
        String subjectName,
        Quarter quarter,
        ScorecardView view,
        ReportLanguage language,
        Path pdf,
        String pdfSha256,
        Path xlsx,
        String xlsxSha256,
        Instant dataAsOf,
        List<Long> includedSubmissionIds) {

    public ScorecardRecord {
        includedSubmissionIds = List.copyOf(includedSubmissionIds);
    }
}
