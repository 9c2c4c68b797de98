package vn.lienket.render;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.lienket.deadline.Standing;
import vn.lienket.deadline.SubmissionBoard;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.SubmissionStatus;
import vn.lienket.scorecard.data.SubmissionStatuses;

/**
 * The scorecard's submission table from the operations board, so "on time" and "late" follow the one deadline rule.
 * A province still awaited and one past the deadline both show as not submitted; that keeps the scorecard free of
 * today's date, so the same data renders the same bytes whenever it runs.
 */
@Component
public class BoardSubmissionStatuses implements SubmissionStatuses {

    private final SubmissionBoard board;
    private final Clock clock;

    public BoardSubmissionStatuses(SubmissionBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @Override
    public Map<ProvinceId, ProvinceSubmission> of(Quarter quarter, Collection<ProvinceId> provinces) {
        Map<ProvinceId, ProvinceSubmission> statuses = new HashMap<>();
        for (SubmissionBoard.ProvinceStanding row : board.board(quarter, LocalDate.now(clock), provinces)) {
            statuses.put(row.province(), new ProvinceSubmission(status(row.standing()), row.acceptedOn().orElse(null)));
        }
        return statuses;
    }

    private static SubmissionStatus status(Standing standing) {
        return switch (standing) {
            case ON_TIME -> SubmissionStatus.ON_TIME;
            case LATE -> SubmissionStatus.LATE;
            case REJECTED -> SubmissionStatus.REJECTED;
            case MISSING, AWAITED -> SubmissionStatus.MISSING;
        };
    }
}
