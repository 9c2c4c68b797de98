package vn.lienket.intake.archive;

import java.time.OffsetDateTime;

/**
 * One time a file was received: which bytes, under what name, from whom, when, and through which door
 * ({@code provinceScope}: the province the door accepted, {@code *} any, {@code -} none). Kept in the
 * archive beside the bytes, so that an auditor with only the archive can replay every load in its order
 * and come to the same verdicts.
 */
public record Receipt(String sha256, String originalFilename, String uploader, OffsetDateTime receivedAt,
                      String provinceScope) {

    /** A receipt of a door that accepts any province, as every receipt written before doors were recorded. */
    public Receipt(String sha256, String originalFilename, String uploader, OffsetDateTime receivedAt) {
        this(sha256, originalFilename, uploader, receivedAt, "*");
    }
}
