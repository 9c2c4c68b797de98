package vn.lienket.audit.replay;

import vn.lienket.intake.SubmissionIntake;
import vn.lienket.domain.SubmissionStatus;

/** What became of the receipts replayed: loaded (current or superseded since), rejected, already in the warehouse. */
public record ReplayCounts(int loaded, int rejected, int alreadyProcessed) {

    public static final ReplayCounts NONE = new ReplayCounts(0, 0, 0);

    static ReplayCounts of(SubmissionIntake.IntakeResult result) {
        if (result.alreadyProcessed()) {
            return new ReplayCounts(0, 0, 1);
        }
        return result.submission().status() == SubmissionStatus.REJECTED ? new ReplayCounts(0, 1, 0) : new ReplayCounts(1, 0, 0);
    }

    public ReplayCounts plus(ReplayCounts other) {
        return new ReplayCounts(loaded + other.loaded, rejected + other.rejected, alreadyProcessed + other.alreadyProcessed);
    }

    public int total() {
        return loaded + rejected + alreadyProcessed;
    }
}
