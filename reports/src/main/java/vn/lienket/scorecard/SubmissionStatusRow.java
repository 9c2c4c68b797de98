package vn.lienket.scorecard;

import java.time.LocalDate;
import java.util.Objects;

/** A member province and its submission for the quarter; {@code receivedOn} is null if missing. */
public record SubmissionStatusRow(String province, SubmissionStatus status, LocalDate receivedOn) {

    public SubmissionStatusRow {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(status, "status");
    }
}
