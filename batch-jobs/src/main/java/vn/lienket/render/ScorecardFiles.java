package vn.lienket.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.data.ScorecardRequest;
import vn.lienket.storage.DurableFiles;

/**
 * The scorecard directory, write-once: a file that exists is never replaced by different bytes. Names carry the
 * subject, quarter, view, language and the start of the file's SHA-256, so new data gives a new file beside the old.
 */
final class ScorecardFiles {

    private static final int HASH_IN_NAME = 12;
    private static final String PARTIAL_PREFIX = ".partial-";
    private static final String PARTIAL_SUFFIX = ".tmp";

    private ScorecardFiles() {
    }

    /** {@code <dir>/2025-Q3/HCMC_TN_2025-Q3_current_vi_<sha12>.pdf}; a province's colon becomes a hyphen. */
    static Path pathFor(Path outputDir, ScorecardRequest request, String sha256, String extension) {
        String name = String.join("_", request.subject().code().replace(':', '-'), request.quarter().toString(),
                viewCode(request.view()), request.language().name().toLowerCase(Locale.ROOT),
                sha256.substring(0, HASH_IN_NAME)) + "." + extension;
        return outputDir.resolve(request.quarter().toString()).resolve(name);
    }

    static String viewCode(ScorecardView view) {
        return view.name().toLowerCase(Locale.ROOT);
    }

    /** Writes the bytes unless the file already holds exactly them; refuses to replace different bytes. */
    static void writeOnce(Path file, byte[] bytes) {
        try {
            if (Files.exists(file)) {
                if (!Arrays.equals(Files.readAllBytes(file), bytes)) {
                    throw new ScorecardOverwriteException(file);
                }
                return;
            }
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), PARTIAL_PREFIX, PARTIAL_SUFFIX);
            try {
                DurableFiles.writeAndForce(partial, bytes);
                DurableFiles.publish(partial, file);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the half-written files ({@code <quarter>/.partial-*.tmp}) a killed render left under {@code outputDir},
     * older than {@code age} (a live one is published within seconds), and returns them. Scorecards are never touched.
     */
    static List<Path> sweepLeftovers(Path outputDir, Duration age) throws IOException {
        return DurableFiles.sweepLeftovers(outputDir, 2, name -> name.startsWith(PARTIAL_PREFIX) && name.endsWith(PARTIAL_SUFFIX), age);
    }

    /** A scorecard file would be replaced by different bytes; scorecards already sent must stay as they were. */
    public static class ScorecardOverwriteException extends IllegalStateException {
        ScorecardOverwriteException(Path file) {
            super("Scorecard file " + file + " exists with different content; scorecards are never overwritten");
        }
    }
}
