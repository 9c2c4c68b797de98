package vn.lienket.app.home;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Properties;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The few settings a command that starts no application reads itself from the home's
 * {@code config/application.yml}: today only the system's time zone, which decides "today" for a
 * check (the same key and default as the application's).
 */
public final class HomeSettings {

    static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Properties properties;

    private HomeSettings(Properties properties) {
        this.properties = properties;
    }

    public static HomeSettings of(InstallationHome home) {
        Path file = home.configDirectory().resolve("application.yml");
        if (!Files.isRegularFile(file)) {
            return new HomeSettings(new Properties());
        }
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(file));
        return new HomeSettings(yaml.getObject());
    }

    public ZoneId timeZone() {
        String zone = properties.getProperty("lienket.time-zone");
        return zone == null || zone.isBlank() ? DEFAULT_TIME_ZONE : ZoneId.of(zone.strip());
    }
}
