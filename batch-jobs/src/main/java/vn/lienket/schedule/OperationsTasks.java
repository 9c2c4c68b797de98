package vn.lienket.schedule;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import vn.lienket.deadline.DeadlinePolicy;
import vn.lienket.deadline.DeadlineProperties;
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
    private final DeadlinePolicy deadlines;

    public OperationsTasks(InboxScanner inbox, ReminderService reminders, ScorecardDistribution scorecards,
                           MailOutbox outbox, DeadlineProperties deadlineProperties) {
        this.inbox = inbox;
        this.reminders = reminders;
        this.scorecards = scorecards;
        this.outbox = outbox;
        this.deadlines = DeadlinePolicy.of(deadlineProperties);
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
        Quarter quarter = deadlines.reportingQuarter(today);
        if (!deadlines.isPast(quarter, today)) {
            return quarter + ": deadline " + deadlines.deadline(quarter) + " not passed";
        }
        return scorecards.distribute(quarter) + "; " + outbox.deliverPending();
    }
}
