package vn.lienket.deadline;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A quarter's workbooks are due {@code days-after-quarter-end} days after its last day (the 15th of
 * the following month by default); reminders go out {@code remind-days-before} days before that.
 */
@ConfigurationProperties("lienket.deadline")
public record DeadlineProperties(
        @DefaultValue("15") int daysAfterQuarterEnd,
        @DefaultValue({"7", "1"}) List<Integer> remindDaysBefore) {
}
