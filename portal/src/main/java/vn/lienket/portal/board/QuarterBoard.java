package vn.lienket.portal.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import vn.lienket.deadline.SubmissionBoard;
import vn.lienket.deadline.SubmissionBoard.ProvinceStanding;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.IntakeProperties;

/**
 * The quarter's submission board (who submitted on time, late, was rejected or is missing) limited to the
 * provinces a leader may see, and the quarter a page shows when none is asked for: the one being reported
 * today (its deadline is the next to come).
 */
@Service
public class QuarterBoard {

    private final SubmissionBoard board;
    private final Clock clock;
    private final IntakeProperties intake;

    public QuarterBoard(SubmissionBoard board, Clock clock, IntakeProperties intake) {
        this.board = board;
        this.clock = clock;
        this.intake = intake;
    }

    public List<ProvinceStanding> board(Quarter quarter, Predicate<ProvinceId> visible) {
        return board.board(quarter, today()).stream().filter(standing -> visible.test(standing.province())).toList();
    }

    /** The quarter whose workbooks are being collected today. */
    public Quarter reportingQuarter() {
        return board.policy().reportingQuarter(today());
    }

    public LocalDate deadline(Quarter quarter) {
        return board.policy().deadline(quarter);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(intake.timeZone()));
    }
}
