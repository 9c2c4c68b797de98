package vn.lienket.intake.registry;

import java.time.OffsetDateTime;
import java.util.Optional;

import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;

/** One submitted file as the registry knows it; province and quarter are empty until its cover is read. */
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
        int warningCount) {

    public String shortSha() {
        return fileSha256.substring(0, 12);
    }
}
