package vn.lienket.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When each task runs: Quartz cron expressions (seconds first) in the operator's time zone
 * ({@code lienket.time-zone}, the one zone of the whole system); {@code "-"} switches a task off.
 */
@ConfigurationProperties("lienket.schedule")
public record ScheduleProperties(
        @DefaultValue("0 */5 * * * ?") String inboxScan,
        @DefaultValue("0 0 8 * * ?") String reminders,
        @DefaultValue("0 30 7 * * ?") String scorecards,
        @DefaultValue("0 */15 * * * ?") String mailRetry) {

    public static final String DISABLED = "-";

    public String cronOf(ScheduledTask task) {
        return switch (task) {
            case INBOX_SCAN -> inboxScan;
            case REMINDERS -> reminders;
            case SCORECARDS -> scorecards;
            case MAIL_RETRY -> mailRetry;
        };
    }
}
