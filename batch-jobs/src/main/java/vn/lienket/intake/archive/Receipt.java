package vn.lienket.intake.archive;

import java.time.OffsetDateTime;

/**
 * One time a file was received: which bytes, under what name, from whom, when. Kept in the archive
 * beside the bytes, so that an auditor with only the archive can replay every load in its order.
 */
public record Receipt(String sha256, String originalFilename, String uploader, OffsetDateTime receivedAt) {
}
