package vn.lienket.intake.registry;

import vn.lienket.domain.SubmissionStatus;
import java.time.OffsetDateTime;
import java.util.Optional;

import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.ProvinceScope;

/**
 * One submitted file as the registry knows it; province and quarter are empty until its cover is read.
 *
 * @param provinceScope   which province the door it came through accepted
 * @param supersedeReason why it is not current, when it is superseded
 * @param facts           the fact rows it staged, empty until its verdict
 * @param contractVersion the workbook contract version it is checked and loaded under ({@code v1}, {@code v2} …)
 */
public record Submission(
        long id,
        Optional<ProvinceId> province,
        Optional<Quarter> quarter,
        SubmissionStatus status,
        OffsetDateTime receivedAt,
        String fileSha256,
        String originalFilename,
        String uploader,
        String archivePath,
        Optional<Long> supersededBy,
        int errorCount,
        int warningCount,
        ProvinceScope provinceScope,
        Optional<SupersedeReason> supersedeReason,
        Optional<FactCounts> facts,
        String contractVersion) {

    public String shortSha() {
        return fileSha256.substring(0, 12);
    }
}
