package vn.lienket.intake;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

/** The intake beans on their own, as the application assembles them, for integration tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"vn.lienket.jobs", "vn.lienket.intake"})
@ConfigurationPropertiesScan("vn.lienket.intake")
public class IntakeTestApplication {
}
