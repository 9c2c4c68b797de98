package vn.lienket.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository's launcher, {@code ./lienket}, run as a user runs it, on the jar this build packaged. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "lienket").toAbsolutePath().normalize();
    private static final Path EXTRACTED = Path.of("target", "lienket-extracted").toAbsolutePath();

    @TempDir
    Path home;

    /**
     * An operator who records a flight recording of a command ({@code LIENKET_JAVA_OPTS=-XX:StartFlightRecording})
     * got a JVM crash on Java 17 once the command's class archive existed: the archive and JFR's watch on class
     * loading do not mix there. The launcher runs such a command without the archive.
     */
    @Test
    void aCommandRecordedWithJfrRunsOnceTheClassArchiveExists() throws Exception {
        TestPostgres.Database database = TestPostgres.shared().createDatabase("launcher_jfr");
        Path workbook = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(home.resolve("in")));

        Run first = run(database, Map.of(), "load", workbook.toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(archives()).as("the first successful command records the application's class archive").isNotEmpty();

        Path recording = home.resolve("load.jfr");
        Run recorded = run(database, Map.of("LIENKET_JAVA_OPTS", "-XX:StartFlightRecording=filename=" + recording),
                "load", workbook.toString());
        assertThat(recorded.exitCode()).as(recorded.output()).isZero();
        assertThat(recorded.output()).doesNotContain("A fatal error has been detected");
        assertThat(recording).as("the flight recording").isNotEmptyFile();
    }

    private static List<Path> archives() throws Exception {
        try (Stream<Path> files = Files.list(EXTRACTED)) {
            return files.filter(file -> file.getFileName().toString().matches("application-.*\\.(jsa|aot)")).toList();
        }
    }

    private Run run(TestPostgres.Database database, Map<String, String> environment, String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("bash", LAUNCHER.toString()), Stream.of(arguments)).toList())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("launcher.out").toFile());
        Map<String, String> env = builder.environment();
        env.put("LIENKET_HOME", home.toString());
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", database.username());
        env.put("SPRING_DATASOURCE_PASSWORD", database.password() == null ? "" : database.password());
        env.remove("LIENKET_JAVA_OPTS");
        env.putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the launcher did not finish within 3 minutes: " + Files.readString(home.resolve("launcher.out")));
        }
        return new Run(process.exitValue(), Files.readString(home.resolve("launcher.out")));
    }

    private record Run(int exitCode, String output) {
    }
}
