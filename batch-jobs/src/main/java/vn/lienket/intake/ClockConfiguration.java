package vn.lienket.intake;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the system, in {@code lienket.time-zone}: "today" for the checks ("the quarter is
 * not in the future") and the deadlines, and the time a file is received. Everything that asks for the
 * date reads this bean, so a test pins the date in one place.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    public Clock clock(IntakeProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
