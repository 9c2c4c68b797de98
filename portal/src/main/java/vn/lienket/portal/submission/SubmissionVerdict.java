package vn.lienket.portal.submission;

import java.util.Optional;

import vn.lienket.intake.registry.Submission;
import vn.lienket.domain.SubmissionStatus;

/**
 * What a sender reads about one submission: where it stands, its receipt (id, SHA-256, time of
 * receipt) and, once checked, its report.
 *
 * @param provinceName the province's name as the warehouse knows it, empty until the cover was read
 * @param report       empty only when the file never got as far as its check
 */
public record SubmissionVerdict(Submission submission, Optional<String> provinceName, Optional<StoredReport> report) {

    public boolean accepted() {
        return submission.status() == SubmissionStatus.LOADED || submission.status() == SubmissionStatus.SUPERSEDED;
    }

    public boolean rejected() {
        return submission.status() == SubmissionStatus.REJECTED;
    }

    /** An annotated copy can be made when the check listed errors or warnings in a readable file. */
    public boolean annotatable() {
        return report.map(StoredReport::hasProblems).orElse(false);
    }
}
