package vn.lienket.portal;

import java.time.Clock;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import vn.lienket.audit.AuditChain;
import vn.lienket.deadline.DeadlineProperties;
import vn.lienket.deadline.QuarterDeadlines;
import vn.lienket.deadline.SubmissionBoard;
import vn.lienket.distribution.Recipients;
import vn.lienket.render.ScorecardRegistry;
import org.springframework.context.annotation.Primary;
import vn.lienket.testsupport.PinnedClock;

/**
 * The portal as {@code lienket serve} assembles it (the intake it uploads through, then
 * {@link PortalConfiguration}) with the batch-jobs beans its pages read (board, scorecards, recipients, audit log),
 * on the pinned test clock, for the portal's integration tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"vn.lienket.jobs", "vn.lienket.intake"})
@ConfigurationPropertiesScan("vn.lienket.intake")
@EnableConfigurationProperties(DeadlineProperties.class)
@Import({PortalConfiguration.class, SubmissionBoard.class, QuarterDeadlines.class, ScorecardRegistry.class, Recipients.class, AuditChain.class})
public class PortalTestApplication {

    @Bean
    @Primary
    Clock pinnedClock() {
        return PinnedClock.create();
    }
}
