package vn.lienket.portal.upload;

import java.util.Optional;

import vn.lienket.intake.SubmissionIntake.IntakeResult;

/**
 * What became of an upload, as the pages and the API tell it.
 *
 * @param kind   the outcome
 * @param result the intake's result (submission, stored report, counts), empty when it is not the user's to see
 */
public record UploadVerdict(Kind kind, Optional<IntakeResult> result) {

    public enum Kind {
        /** Loaded: the facts are in the warehouse (API 201). */
        ACCEPTED,
        /** These bytes were processed before; nothing changed (API 200). */
        ALREADY_PROCESSED,
        /** Rejected by the checks; the report says why, cell by cell (API 422). */
        REJECTED,
        /** The cover names another province than the submitter's: refused and audited; the report is the user's (API 403). */
        OTHER_PROVINCE,
        /** The bytes of another province's current version: refused and audited; nothing of it is shown (API 403). */
        NOT_YOURS
    }
}
