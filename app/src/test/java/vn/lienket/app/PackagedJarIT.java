package vn.lienket.app;

import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar the launcher runs (built in the package phase, before this test). */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "lienket.jar");

    /**
     * JLine, the terminal under the load's progress bar, loads a native library: from Java 22 every such command
     * printed four lines of "WARNING: A restricted method in java.lang.System has been called" unless the
     * application's jar allows native access. The launcher runs the jar extracted, whose manifest keeps this one.
     */
    @Test
    void allowsNativeAccessSoThatNewerJavasPrintNoWarningOnEveryCommand() throws Exception {
        assertThat(JAR).as("mvn package builds the jar before the integration tests").isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Manifest manifest = jar.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Enable-Native-Access")).isEqualTo("ALL-UNNAMED");
        }
    }
}
