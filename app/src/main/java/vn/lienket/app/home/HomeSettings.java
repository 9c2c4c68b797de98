package vn.lienket.app.home;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The few settings a command that starts no application reads itself from the home's
 * {@code config/application.yml}: the system's time zone, which decides "today" for a check (the
 * same key and default as the application's), and whether there is a warehouse at all.
 */
public final class HomeSettings {

    static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Settings that name a database server or another place for the embedded warehouse. */
    private static final String DATASOURCE_URL = "spring.datasource.url";
    private static final String EMBEDDED_DATA_DIR = "lienket.embedded-database.data-dir";
    private static final String EMBEDDED_DATABASE = "lienket.embedded-database.";

    private final InstallationHome home;
    private final Properties properties;

    private HomeSettings(InstallationHome home, Properties properties) {
        this.home = home;
        this.properties = properties;
    }

    public static HomeSettings of(InstallationHome home) {
        Path file = home.configDirectory().resolve("application.yml");
        if (!Files.isRegularFile(file)) {
            return new HomeSettings(home, new Properties());
        }
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(file));
        return new HomeSettings(home, yaml.getObject());
    }

    public ZoneId timeZone() {
        String zone = properties.getProperty("lienket.time-zone");
        return zone == null || zone.isBlank() ? DEFAULT_TIME_ZONE : ZoneId.of(zone.strip());
    }

    /**
     * The place of the embedded warehouse when the installation surely has none: no database server
     * and no other place for it configured (in the environment, a system property or the home's
     * configuration) and nothing where the built-in default puts it. A command that would only read
     * last quarter's projects can then say so without starting the application; whenever anything
     * is configured, the application decides. Empty when there may be a warehouse.
     */
    public Optional<Path> missingWarehouse(Map<String, String> environment, Properties systemProperties) {
        Path embedded = builtInWarehouseDirectory();
        if (configured(environment, systemProperties) || Files.exists(embedded.resolve("PG_VERSION"))) {
            return Optional.empty();
        }
        return Optional.of(embedded);
    }

    /**
     * The place of the embedded warehouse when nothing names another one or a server (as for
     * {@link #missingWarehouse}, and no other name for its database) and there is a warehouse where the built-in default
     * puts it: what the application's configuration will most likely name, to start it ahead. A guess that the
     * configuration confirms or overrules, never the last word. Empty otherwise.
     */
    public Optional<Path> defaultWarehouse(Map<String, String> environment, Properties systemProperties) {
        Path embedded = builtInWarehouseDirectory();
        boolean otherName = systemProperties.stringPropertyNames().stream().anyMatch(name -> name.startsWith(EMBEDDED_DATABASE))
                || properties.stringPropertyNames().stream().anyMatch(name -> name.startsWith(EMBEDDED_DATABASE))
                || environment.keySet().stream().anyMatch(name -> name.startsWith("SPRING_CONFIG"));
        if (configured(environment, systemProperties) || otherName || !Files.exists(embedded.resolve("PG_VERSION"))) {
            return Optional.empty();
        }
        return Optional.of(embedded);
    }

    /** Where application.yml puts the embedded warehouse when LIENKET_DATA_DIR names no other place. */
    private Path builtInWarehouseDirectory() {
        return home.dataDirectory().resolve("pg");
    }

    private boolean configured(Map<String, String> environment, Properties systemProperties) {
        return environment.keySet().stream().anyMatch(name -> name.startsWith("SPRING_DATASOURCE")
                        || name.startsWith("LIENKET_EMBEDDED") || name.equals("LIENKET_DATA_DIR") || name.equals("SPRING_APPLICATION_JSON"))
                || systemProperties.containsKey(DATASOURCE_URL) || systemProperties.containsKey(EMBEDDED_DATA_DIR)
                || properties.containsKey(DATASOURCE_URL) || properties.containsKey(EMBEDDED_DATA_DIR);
    }
}
