package vn.lienket.inbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file taken out of the inbox: where it went, why, and what lies beside it.
 *
 * @param reason a short code: {@code loaded}, {@code already-processed}, {@code invalid},
 *               {@code province-folder-mismatch}, {@code not-a-workbook}
 */
public record MovedFile(
        String relativePath,
        String sha256,
        long size,
        Outcome outcome,
        String reason,
        Optional<Long> submissionId,
        Path movedTo,
        Path report,
        Optional<Path> annotated) {

    public enum Outcome {
        PROCESSED, REJECTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
