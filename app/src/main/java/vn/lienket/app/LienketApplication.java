package vn.lienket.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import vn.lienket.portal.PortalConfiguration;

/**
 * The Spring Boot application behind every {@code lienket} sub-command that touches the
 * warehouse. It is started by the command line on demand ({@link vn.lienket.app.cli.LienketCli}),
 * never at JVM start, so {@code --help} and {@code --version} answer instantly. The portal's web
 * beans are left out of its scan: only {@code lienket serve} adds them ({@link PortalConfiguration}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "vn.lienket", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = PortalConfiguration.WEB_ONLY_CLASSES)})
@ConfigurationPropertiesScan("vn.lienket")
public class LienketApplication {
}
