package vn.lienket.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot application behind every {@code lienket} sub-command that touches the
 * warehouse. It is started by the command line on demand ({@link vn.lienket.app.cli.LienketCli}),
 * never at JVM start, so {@code --help} and {@code --version} answer instantly.
 */
@SpringBootApplication(scanBasePackages = "vn.lienket")
@ConfigurationPropertiesScan("vn.lienket")
public class LienketApplication {
}
