package vn.lienket.app.home;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;

/**
 * Where this installation keeps its data and configuration: {@code LIENKET_HOME} (or the system
 * property {@code lienket.home}) when set, otherwise the directory of the {@code lienket} launcher
 * the running jar belongs to (the launcher passes it), otherwise the jar's own directory. Never the
 * working directory: a user who runs a command from another folder sees the same warehouse.
 */
public record InstallationHome(Path directory) {

    public static final String ENVIRONMENT_VARIABLE = "LIENKET_HOME";
    public static final String SYSTEM_PROPERTY = "lienket.home";
    static final String LAUNCHER = "lienket";
    private static final int LAUNCHER_SEARCH_DEPTH = 3;

    public InstallationHome {
        directory = directory.toAbsolutePath().normalize();
    }

    /** The home of the running process. */
    public static InstallationHome ofThisProcess() {
        return resolve(Optional.ofNullable(System.getProperty(SYSTEM_PROPERTY)), System.getenv(), codeLocation());
    }

    /** The home a process with these settings, running from {@code codeLocation}, uses. */
    public static InstallationHome resolve(Optional<String> systemProperty, Map<String, String> environment, Path codeLocation) {
        Optional<String> explicit = systemProperty.or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE)))
                .filter(value -> !value.isBlank());
        if (explicit.isPresent()) {
            return new InstallationHome(Path.of(explicit.get()));
        }
        Path start = Files.isDirectory(codeLocation) ? codeLocation : codeLocation.toAbsolutePath().getParent();
        Path candidate = start;
        for (int level = 0; level <= LAUNCHER_SEARCH_DEPTH && candidate != null; level++) {
            if (Files.isRegularFile(candidate.resolve(LAUNCHER))) {
                return new InstallationHome(candidate);
            }
            candidate = candidate.getParent();
        }
        return new InstallationHome(start);
    }

    /** The jar (or classes directory) this code runs from. */
    public static Path codeLocation() {
        CodeSource source = InstallationHome.class.getProtectionDomain().getCodeSource();
        try {
            String location = source.getLocation().toString();
            // inside Spring Boot's fat jar the location is jar:nested:/path/lienket.jar/!BOOT-INF/classes/!/
            if (location.startsWith("jar:nested:")) {
                return Path.of(location.substring("jar:nested:".length(), location.indexOf("/!")));
            }
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where Liên kết is installed; set " + ENVIRONMENT_VARIABLE, e);
        }
    }

    /** {@code <home>/data}: the embedded warehouse, archive, inbox, scorecards and logs live under it. */
    public Path dataDirectory() {
        return directory.resolve("data");
    }

    /** {@code <home>/config}: the operator's {@code application.yml}. */
    public Path configDirectory() {
        return directory.resolve("config");
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
