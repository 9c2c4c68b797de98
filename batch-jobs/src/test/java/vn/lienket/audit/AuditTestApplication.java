package vn.lienket.audit;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

/** The audit beans with the intake whose log and archive they check, as the application assembles them. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan({"vn.lienket.jobs", "vn.lienket.intake", "vn.lienket.audit"})
@ConfigurationPropertiesScan("vn.lienket.intake")
public class AuditTestApplication {
}
