package vn.lienket.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import vn.lienket.domain.Quarter;

/** The deadline rules, free of the database and the clock: every date is passed in. */
public final class DeadlinePolicy {

    private final int daysAfterQuarterEnd;
    private final List<Integer> remindDaysBefore;

    public DeadlinePolicy(int daysAfterQuarterEnd, List<Integer> remindDaysBefore) {
        if (daysAfterQuarterEnd < 0 || remindDaysBefore.stream().anyMatch(days -> days < 0)) {
            throw new IllegalArgumentException("deadline and reminder offsets must not be negative");
        }
        this.daysAfterQuarterEnd = daysAfterQuarterEnd;
        this.remindDaysBefore = List.copyOf(remindDaysBefore);
    }

    public static DeadlinePolicy of(DeadlineProperties properties) {
        return new DeadlinePolicy(properties.daysAfterQuarterEnd(), properties.remindDaysBefore());
    }

    /** The last day on which a quarter's workbook counts as on time. */
    public LocalDate deadline(Quarter quarter) {
        return quarter.lastDay().plusDays(daysAfterQuarterEnd);
    }

    /** The quarter provinces are reporting on today: the one that ended most recently. */
    public Quarter reportingQuarter(LocalDate today) {
        return Quarter.containing(today).previous();
    }

    public boolean isPast(Quarter quarter, LocalDate today) {
        return today.isAfter(deadline(quarter));
    }

    /**
     * Which reminder is due today, named by its offset in days before the deadline: the latest
     * offset already reached. A day missed (server down) is caught up by the next run, and an
     * earlier reminder is not sent once a later one is due.
     */
    public OptionalInt reminderDue(Quarter quarter, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline(quarter));
        if (daysLeft < 0 || today.isBefore(quarter.lastDay().plusDays(1))) {
            return OptionalInt.empty();
        }
        return remindDaysBefore.stream().mapToInt(Integer::intValue).filter(days -> days >= daysLeft).min();
    }

    /**
     * @param acceptedOn the day the first valid workbook was received (in the project's time zone)
     * @param rejected   whether any workbook for the quarter was rejected
     */
    public Standing standing(Quarter quarter, Optional<LocalDate> acceptedOn, boolean rejected, LocalDate today) {
        if (acceptedOn.isPresent()) {
            return acceptedOn.get().isAfter(deadline(quarter)) ? Standing.LATE : Standing.ON_TIME;
        }
        if (rejected) {
            return Standing.REJECTED;
        }
        return isPast(quarter, today) ? Standing.MISSING : Standing.AWAITED;
    }
}
