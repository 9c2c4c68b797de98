package vn.lienket.intake.archive;

import java.time.OffsetDateTime;

import vn.lienket.workbook.contract.WorkbookContracts;

/**
 * One time a file was received: which bytes, under what name, from whom, when, through which door
 * ({@code provinceScope}: the province the door accepted, {@code *} any, {@code -} none), in which
 * place of the arrivals ({@code submissionId}: the id the warehouse registered this arrival under, so
 * files received at the same instant keep their order; {@code null} in receipts written before it was
 * recorded) and under which workbook contract version it was checked and loaded ({@code contractVersion},
 * {@code v1} in receipts written before it was recorded). Kept in the archive beside the bytes, so that an
 * auditor with only the archive can replay every load in its order, under its version, and come to the same
 * verdicts.
 */
public record Receipt(String sha256, String originalFilename, String uploader, OffsetDateTime receivedAt,
                      String provinceScope, Long submissionId, String contractVersion) {

    /** A receipt that does not record its contract version, as every receipt written before it was recorded. */
    public Receipt(String sha256, String originalFilename, String uploader, OffsetDateTime receivedAt,
                   String provinceScope, Long submissionId) {
        this(sha256, originalFilename, uploader, receivedAt, provinceScope, submissionId, WorkbookContracts.FIRST_VERSION);
    }

    /** A receipt that does not record its place among the arrivals, as every receipt written before it was recorded. */
    public Receipt(String sha256, String originalFilename, String uploader, OffsetDateTime receivedAt,
                   String provinceScope) {
        this(sha256, originalFilename, uploader, receivedAt, provinceScope, null);
    }

    /** A receipt of a door that accepts any province, as every receipt written before doors were recorded. */
    public Receipt(String sha256, String originalFilename, String uploader, OffsetDateTime receivedAt) {
        this(sha256, originalFilename, uploader, receivedAt, "*");
    }
}
