package vn.lienket.schedule;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.lienket.deadline.DeadlinePolicy;
import vn.lienket.deadline.QuarterDeadlines;
import vn.lienket.deadline.ReminderService;
import vn.lienket.distribution.MailOutbox;
import vn.lienket.distribution.ScorecardDistribution;
import vn.lienket.domain.Quarter;
import vn.lienket.inbox.InboxScanner;

/** What each scheduled task does, in terms of the services; returns a one-line summary for the run history. */
@Component
public class OperationsTasks {

    private final InboxScanner inbox;
    private final ReminderService reminders;
    private final ScorecardDistribution scorecards;
    private final MailOutbox outbox;
    private final QuarterDeadlines deadlines;

    public OperationsTasks(InboxScanner inbox, ReminderService reminders, ScorecardDistribution scorecards,
                           MailOutbox outbox, QuarterDeadlines deadlines) {
        this.inbox = inbox;
        this.reminders = reminders;
        this.scorecards = scorecards;
        this.outbox = outbox;
        this.deadlines = deadlines;
    }

    public String run(ScheduledTask task, LocalDate today) {
        return switch (task) {
            case INBOX_SCAN -> inbox.scanOnce() + "; " + outbox.deliverPending();
            case REMINDERS -> reminders.remindDueProvinces(today) + "; " + outbox.deliverPending();
            case SCORECARDS -> distributeScorecardsAfterDeadline(today);
            case MAIL_RETRY -> outbox.deliverPending().toString();
        };
    }

    private String distributeScorecardsAfterDeadline(LocalDate today) {
        DeadlinePolicy policy = deadlines.policy();
        Quarter quarter = policy.reportingQuarter(today);
        return scorecardsAfterDeadline(today)
                .map(run -> run.distribution() + "; " + run.delivery())
                .orElseGet(() -> quarter + ": deadline " + policy.deadline(quarter) + " not passed");
    }

    /**
     * The scorecards task as on {@code today}, for a caller that words its own summary (the demo's,
     * in the user's language): empty while the reporting quarter's deadline has not passed.
     */
    public Optional<ScorecardsRun> scorecardsAfterDeadline(LocalDate today) {
        DeadlinePolicy policy = deadlines.policy();
        Quarter quarter = policy.reportingQuarter(today);
        if (!policy.isPast(quarter, today)) {
            return Optional.empty();
        }
        ScorecardDistribution.Outcome distribution = scorecards.distribute(quarter);
        return Optional.of(new ScorecardsRun(distribution, outbox.deliverPending()));
    }

    /** What the scorecards task distributed and what the delivery pass after it did. */
    public record ScorecardsRun(ScorecardDistribution.Outcome distribution, MailOutbox.DeliverySummary delivery) {
    }
}
