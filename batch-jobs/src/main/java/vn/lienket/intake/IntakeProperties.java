package vn.lienket.intake;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where submitted files are archived, and the time zone that decides "today" for checks such as
 * "the quarter is not in the future".
 */
@ConfigurationProperties("lienket")
public record IntakeProperties(
        @DefaultValue("./data/archive") Path archiveDir,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone) {
}
