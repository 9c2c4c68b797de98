package vn.lienket.intake;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.lienket.testsupport.PinnedClock;

/**
 * Every test application scans this package, so every test runs on the same date whatever the
 * machine's calendar says (see {@link PinnedClock}): the checks and deadlines read this clock.
 */
@Configuration(proxyBeanMethods = false)
public class PinnedClockConfiguration {

    @Bean
    @Primary
    Clock pinnedClock() {
        return PinnedClock.create();
    }
}
