package vn.lienket.intake.archive;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import vn.lienket.domain.Ahead;

/**
 * Stores one file in the archive on a thread of its own while the caller does something else: the
 * command line starts the application meanwhile, and the copy of a 76 MB workbook, its SHA-256 and
 * its flush to disk cost about half a second in a JVM just started. The intake takes the result
 * instead of storing the file itself ({@code SubmissionIntake}); when storing ahead failed, or never
 * started, the intake stores the file and reports what went wrong as it always does.
 */
public final class ArchiveAhead {

    private final Path file;
    private Ahead<ArchivedFile> stored;

    public ArchiveAhead(Path file) {
        this.file = file;
    }

    /**
     * Starts storing the file, once, in the archive {@code archive} gives on the storing thread (finding it may
     * read settings; whatever fails there only means the intake stores the file itself).
     */
    public synchronized void start(Supplier<SubmissionArchive> archive) {
        if (stored == null) {
            stored = Ahead.start("lienket-archive-ahead", () -> archive.get().store(file));
        }
    }

    /** The archive entry of {@code file} once stored ahead; empty for another file, or when it was not stored. */
    public Optional<ArchivedFile> take(Path file) {
        Ahead<ArchivedFile> result;
        synchronized (this) {
            result = stored;
        }
        return result == null || !file.equals(this.file) ? Optional.empty() : result.result();
    }
}
