package vn.lienket.intake;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where submitted files are archived, and the one time zone of the system: it decides "today" for
 * checks ("the quarter is not in the future") and deadlines, the times shown to users, and the zone
 * of the cron schedules.
 */
@ConfigurationProperties("lienket")
public record IntakeProperties(
        @DefaultValue("./data/archive") Path archiveDir,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone) {
}
