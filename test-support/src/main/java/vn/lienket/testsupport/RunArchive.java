package vn.lienket.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/**
 * The archive directory the intake writes to in a test run: one for every Spring context of the run (contexts are
 * cached and shared), removed when the JVM ends.
 */
public final class RunArchive {

    private RunArchive() {
    }

    /** A new temporary directory named after {@code purpose}, removed at the end of the run. */
    public static Path directory(String purpose) {
        try {
            Path directory = Files.createTempDirectory("lienket-" + purpose + "-archive-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    FileSystemUtils.deleteRecursively(directory);
                } catch (IOException ignored) {
                    // the temporary directory is the operating system's to clean then
                }
            }));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
