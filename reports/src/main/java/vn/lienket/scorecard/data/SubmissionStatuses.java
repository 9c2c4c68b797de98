package vn.lienket.scorecard.data;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.SubmissionStatus;

/**
 * Where each province's workbook for a quarter stands. The deadline rule belongs to operations (module batch-jobs),
 * which depends on this module, so it hands the statuses in rather than this module deciding "late" a second time.
 * A province absent from the map has sent nothing. The scorecard names the provinces it lists, so a province in no
 * programme gets its true status too.
 */
@FunctionalInterface
public interface SubmissionStatuses {

    /** The status of each of {@code provinces} (and possibly others) for the quarter. */
    Map<ProvinceId, ProvinceSubmission> of(Quarter quarter, Collection<ProvinceId> provinces);

    /** @param receivedOn the day the accepted workbook arrived (project time zone); null when none was accepted */
    record ProvinceSubmission(SubmissionStatus status, LocalDate receivedOn) {
        public ProvinceSubmission {
            Objects.requireNonNull(status, "status");
        }
    }
}
