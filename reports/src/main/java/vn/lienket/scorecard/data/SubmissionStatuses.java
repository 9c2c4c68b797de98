package vn.lienket.scorecard.data;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.SubmissionStatus;

/**
 * Where each province's workbook for a quarter stands. The deadline rule belongs to operations (module batch-jobs),
 * which depends on this module, so it hands the statuses in rather than this module deciding "late" a second time.
 * A province absent from the map has sent nothing.
 */
@FunctionalInterface
public interface SubmissionStatuses {

    Map<ProvinceId, ProvinceSubmission> of(Quarter quarter);

    /** @param receivedOn the day the accepted workbook arrived (project time zone); null when none was accepted */
    record ProvinceSubmission(SubmissionStatus status, LocalDate receivedOn) {
        public ProvinceSubmission {
            Objects.requireNonNull(status, "status");
        }
    }
}
