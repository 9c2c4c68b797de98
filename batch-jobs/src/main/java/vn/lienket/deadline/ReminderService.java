package vn.lienket.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.stereotype.Service;
import vn.lienket.distribution.DistributionList;
import vn.lienket.distribution.MailOutbox;
import vn.lienket.distribution.MailTexts;
import vn.lienket.distribution.OutgoingMail;
import vn.lienket.distribution.Recipients;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;

/**
 * Before the deadline, reminds each member province without a valid workbook for the reporting
 * quarter (nothing arrived, or only rejected files). Each reminder (quarter, province, offset,
 * address) is queued once however often this runs, so the schedule may fire daily.
 */
@Service
public class ReminderService {

    private final SubmissionBoard board;
    private final Recipients recipients;
    private final MailOutbox outbox;
    private final MailTexts texts;

    public ReminderService(SubmissionBoard board, Recipients recipients, MailOutbox outbox, MailTexts texts) {
        this.board = board;
        this.recipients = recipients;
        this.outbox = outbox;
        this.texts = texts;
    }

    public ReminderRun remindDueProvinces(LocalDate today) {
        DeadlinePolicy policy = board.policy();
        Quarter quarter = policy.reportingQuarter(today);
        OptionalInt due = policy.reminderDue(quarter, today);
        if (due.isEmpty()) {
            return new ReminderRun(quarter, due, List.of(), 0);
        }
        LocalDate deadline = policy.deadline(quarter);
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        List<SubmissionBoard.ProvinceStanding> owing = board.board(quarter, today).stream()
                .filter(row -> row.standing() == Standing.AWAITED || row.standing() == Standing.REJECTED)
                .toList();
        int queued = 0;
        for (SubmissionBoard.ProvinceStanding row : owing) {
            for (String email : recipients.emails(new DistributionList.Province(row.province()))) {
                boolean added = outbox.queue(new OutgoingMail(
                        "reminder:" + quarter + ":" + row.province() + ":d" + due.getAsInt() + ":" + email.toLowerCase(Locale.ROOT),
                        OutgoingMail.Kind.REMINDER, email,
                        texts.get("reminder.subject", row.nameVi(), quarter, deadline.format(VietnameseDates.DAY)),
                        texts.get("reminder.body", row.nameVi(), quarter, deadline.format(VietnameseDates.DAY), daysLeft),
                        Optional.empty(), Optional.of(quarter), List.of()));
                queued += added ? 1 : 0;
            }
        }
        return new ReminderRun(quarter, due, owing.stream().map(SubmissionBoard.ProvinceStanding::province).map(Object::toString).toList(), queued);
    }

    /** @param reminderDue the reminder offset due today (days before the deadline), empty when none is */
    public record ReminderRun(Quarter quarter, OptionalInt reminderDue, List<String> provincesOwing, int mailsQueued) {
        @Override
        public String toString() {
            return quarter + ": " + (reminderDue.isEmpty() ? "no reminder due"
                    : "reminder d-" + reminderDue.getAsInt() + ", " + provincesOwing.size() + " provinces owing, "
                    + mailsQueued + " mails queued");
        }
    }
}
