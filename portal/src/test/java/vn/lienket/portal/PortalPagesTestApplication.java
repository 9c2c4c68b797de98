package vn.lienket.portal;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import vn.lienket.audit.AuditChain;
import vn.lienket.deadline.DeadlineProperties;
import vn.lienket.deadline.SubmissionBoard;
import vn.lienket.distribution.Recipients;
import vn.lienket.render.ScorecardRegistry;

/** The portal's pages with the intake behind them (the only way data enters), as the application assembles them. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"vn.lienket.jobs", "vn.lienket.intake", "vn.lienket.portal"})
@ConfigurationPropertiesScan("vn.lienket.intake")
@EnableConfigurationProperties(DeadlineProperties.class)
@Import({SubmissionBoard.class, ScorecardRegistry.class, Recipients.class, AuditChain.class})
public class PortalPagesTestApplication {
}
