package vn.lienket.render;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import vn.lienket.deadline.DeadlineProperties;
import vn.lienket.deadline.QuarterDeadlines;
import vn.lienket.deadline.SubmissionBoard;

/** Intake (to load workbooks the only way data enters), the deadline board and the scorecard job. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"vn.lienket.jobs", "vn.lienket.intake", "vn.lienket.render"})
@ConfigurationPropertiesScan({"vn.lienket.intake", "vn.lienket.render"})
@EnableConfigurationProperties(DeadlineProperties.class)
@Import({SubmissionBoard.class, QuarterDeadlines.class})
public class ScorecardTestApplication {
}
