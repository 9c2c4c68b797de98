package vn.lienket.portal;

import java.time.Clock;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import vn.lienket.testsupport.PinnedClock;

/**
 * The portal as {@code lienket serve} assembles it (the intake it uploads through, then
 * {@link PortalConfiguration}), on the pinned test clock, for the portal's integration tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"vn.lienket.jobs", "vn.lienket.intake"})
@ConfigurationPropertiesScan("vn.lienket.intake")
@Import(PortalConfiguration.class)
public class PortalTestApplication {

    @Bean
    @Primary
    Clock pinnedClock() {
        return PinnedClock.create();
    }
}
