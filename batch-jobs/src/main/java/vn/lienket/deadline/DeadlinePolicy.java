package vn.lienket.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import vn.lienket.domain.Quarter;

/**
 * The deadline rules, free of the database and the clock: every date is passed in. A quarter's deadline is the
 * rule's ({@code days-after-quarter-end}) unless an operator set one for that quarter ({@link QuarterDeadlines}).
 */
public final class DeadlinePolicy {

    private final int daysAfterQuarterEnd;
    private final List<Integer> remindDaysBefore;
    private final Map<Quarter, LocalDate> setDeadlines;

    public DeadlinePolicy(int daysAfterQuarterEnd, List<Integer> remindDaysBefore) {
        this(daysAfterQuarterEnd, remindDaysBefore, Map.of());
    }

    /** @param setDeadlines the deadlines set for single quarters, each replacing the rule's date of its quarter */
    public DeadlinePolicy(int daysAfterQuarterEnd, List<Integer> remindDaysBefore, Map<Quarter, LocalDate> setDeadlines) {
        if (daysAfterQuarterEnd < 0 || remindDaysBefore.stream().anyMatch(days -> days < 0)) {
            throw new IllegalArgumentException("deadline and reminder offsets must not be negative");
        }
        setDeadlines.forEach((quarter, day) -> {
            if (!mayBeSet(quarter, day)) {
                throw new IllegalArgumentException("deadline " + day + " of " + quarter + " outside " + earliestSettable(quarter)
                        + " … " + latestSettable(quarter));
            }
        });
        this.daysAfterQuarterEnd = daysAfterQuarterEnd;
        this.remindDaysBefore = List.copyOf(remindDaysBefore);
        this.setDeadlines = Map.copyOf(setDeadlines);
    }

    public static DeadlinePolicy of(DeadlineProperties properties) {
        return new DeadlinePolicy(properties.daysAfterQuarterEnd(), properties.remindDaysBefore());
    }

    /** The same rule with these quarters' deadlines set. */
    public DeadlinePolicy withSetDeadlines(Map<Quarter, LocalDate> deadlines) {
        return new DeadlinePolicy(daysAfterQuarterEnd, remindDaysBefore, deadlines);
    }

    /** The last day on which a quarter's workbook counts as on time: the one set for it, else the rule's. */
    public LocalDate deadline(Quarter quarter) {
        return setDeadlines.getOrDefault(quarter, ruleDeadline(quarter));
    }

    /** The rule's deadline of a quarter, whether or not another was set. */
    public LocalDate ruleDeadline(Quarter quarter) {
        return quarter.lastDay().plusDays(daysAfterQuarterEnd);
    }

    /** Whether the quarter's deadline was set rather than taken from the rule. */
    public boolean isSet(Quarter quarter) {
        return setDeadlines.containsKey(quarter);
    }

    /**
     * Whether {@code day} may be set as the quarter's deadline: after the quarter's last day, and before the last
     * day of the following quarter, while the quarter is still the one being reported (the scorecards task
     * distributes the reporting quarter's scorecards once its deadline has passed).
     */
    public static boolean mayBeSet(Quarter quarter, LocalDate day) {
        return !day.isBefore(earliestSettable(quarter)) && !day.isAfter(latestSettable(quarter));
    }

    public static LocalDate earliestSettable(Quarter quarter) {
        return quarter.lastDay().plusDays(1);
    }

    public static LocalDate latestSettable(Quarter quarter) {
        return quarter.next().lastDay().minusDays(1);
    }

    public int daysAfterQuarterEnd() {
        return daysAfterQuarterEnd;
    }

    public List<Integer> remindDaysBefore() {
        return remindDaysBefore;
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
