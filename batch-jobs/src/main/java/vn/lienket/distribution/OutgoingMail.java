package vn.lienket.distribution;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.lienket.domain.Quarter;

/**
 * One mail to one address. {@code dedupKey} names why it is sent (e.g.
 * {@code reminder:2026-Q1:P34:68:d7:so@lamdong.gov.vn}); a mail with a key already queued is never
 * queued or sent again.
 */
public record OutgoingMail(
        String dedupKey,
        Kind kind,
        String recipient,
        String subject,
        String body,
        Optional<Long> submissionId,
        Optional<Quarter> quarter,
        List<Attachment> attachments) {

    public enum Kind {
        REJECTION, REMINDER, SCORECARD;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Attachment(String fileName, Path path, String contentType) {

        public static Attachment of(Path path) {
            String name = path.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            String type = lower.endsWith(".pdf") ? "application/pdf"
                    : lower.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : lower.endsWith(".xls") ? "application/vnd.ms-excel"
                    : lower.endsWith(".json") ? "application/json"
                    : "application/octet-stream";
            return new Attachment(name, path, type);
        }
    }
}
