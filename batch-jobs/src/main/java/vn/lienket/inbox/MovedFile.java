package vn.lienket.inbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file taken out of the inbox: where it went, why, and what lies beside it.
 *
 * @param sha256 empty for a file moved aside unread (a link, a device)
 * @param reason a short code: {@code loaded}, {@code already-processed}, {@code superseded}, {@code invalid},
 *               {@code not-a-workbook}, {@code link}, {@code not-a-regular-file}, {@code outside-inbox},
 *               {@code failed}
 * @param report the report (or failure note) written beside it
 */
public record MovedFile(
        String relativePath,
        Optional<String> sha256,
        long size,
        Outcome outcome,
        String reason,
        Optional<Long> submissionId,
        Path movedTo,
        Optional<Path> report,
        Optional<Path> annotated) {

    public enum Outcome {
        PROCESSED, REJECTED, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
