package vn.lienket.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import vn.lienket.domain.Quarter;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinePolicyTest {

    private static final Quarter Q1 = Quarter.parse("2026-Q1");
    private final DeadlinePolicy policy = new DeadlinePolicy(15, List.of(7, 1));

    @Test
    void theDefaultDeadlineIsTheFifteenthDayAfterQuarterEnd() {
        assertThat(policy.deadline(Q1)).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(policy.deadline(Quarter.parse("2025-Q4"))).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(new DeadlinePolicy(30, List.of()).deadline(Q1)).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void provincesReportOnTheQuarterThatEndedLast() {
        assertThat(policy.reportingQuarter(LocalDate.of(2026, 4, 2))).isEqualTo(Q1);
        assertThat(policy.reportingQuarter(LocalDate.of(2026, 6, 30))).isEqualTo(Q1);
        assertThat(policy.reportingQuarter(LocalDate.of(2026, 7, 1))).isEqualTo(Quarter.parse("2026-Q2"));
    }

    @Test
    void remindersAreDueFromTheirDayAndALaterReminderReplacesAnEarlierOne() {
        assertThat(policy.reminderDue(Q1, LocalDate.of(2026, 4, 7))).isEmpty();
        assertThat(policy.reminderDue(Q1, LocalDate.of(2026, 4, 8))).hasValue(7);
        assertThat(policy.reminderDue(Q1, LocalDate.of(2026, 4, 10))).hasValue(7);
        assertThat(policy.reminderDue(Q1, LocalDate.of(2026, 4, 14))).hasValue(1);
        assertThat(policy.reminderDue(Q1, LocalDate.of(2026, 4, 15))).hasValue(1);
        assertThat(policy.reminderDue(Q1, LocalDate.of(2026, 4, 16))).isEmpty();
    }

    @Test
    void noReminderBeforeTheQuarterHasEnded() {
        DeadlinePolicy shortDeadline = new DeadlinePolicy(3, List.of(7));

        assertThat(shortDeadline.reminderDue(Q1, LocalDate.of(2026, 3, 30))).isEmpty();
        assertThat(shortDeadline.reminderDue(Q1, LocalDate.of(2026, 4, 1))).hasValue(7);
    }

    @Test
    void standingFollowsTheDayTheFirstValidWorkbookArrived() {
        LocalDate afterDeadline = LocalDate.of(2026, 5, 1);

        assertThat(policy.standing(Q1, Optional.of(LocalDate.of(2026, 4, 15)), false, afterDeadline)).isEqualTo(Standing.ON_TIME);
        assertThat(policy.standing(Q1, Optional.of(LocalDate.of(2026, 4, 16)), true, afterDeadline)).isEqualTo(Standing.LATE);
        assertThat(policy.standing(Q1, Optional.empty(), true, afterDeadline)).isEqualTo(Standing.REJECTED);
        assertThat(policy.standing(Q1, Optional.empty(), false, afterDeadline)).isEqualTo(Standing.MISSING);
        assertThat(policy.standing(Q1, Optional.empty(), false, LocalDate.of(2026, 4, 15))).isEqualTo(Standing.AWAITED);
    }

    @Test
    void aDeadlineSetForAQuarterReplacesTheRuleForThatQuarterOnly() {
        DeadlinePolicy extended = policy.withSetDeadlines(Map.of(Q1, LocalDate.of(2026, 4, 30)));

        assertThat(extended.deadline(Q1)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(extended.ruleDeadline(Q1)).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(extended.deadline(Quarter.parse("2026-Q2"))).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(extended.standing(Q1, Optional.of(LocalDate.of(2026, 4, 20)), false, LocalDate.of(2026, 5, 1)))
                .isEqualTo(Standing.ON_TIME);
        assertThat(extended.reminderDue(Q1, LocalDate.of(2026, 4, 14))).isEmpty();
        assertThat(extended.reminderDue(Q1, LocalDate.of(2026, 4, 29))).hasValue(1);
    }

    @Test
    void aSetDeadlineFallsAfterTheQuarterAndBeforeTheNextOneHasEnded() {
        assertThat(DeadlinePolicy.mayBeSet(Q1, LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(DeadlinePolicy.mayBeSet(Q1, LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(DeadlinePolicy.mayBeSet(Q1, LocalDate.of(2026, 6, 29))).isTrue();
        assertThat(DeadlinePolicy.mayBeSet(Q1, LocalDate.of(2026, 6, 30)))
                .as("on the next quarter's last day the scorecards task would no longer see this quarter").isFalse();
    }
}
