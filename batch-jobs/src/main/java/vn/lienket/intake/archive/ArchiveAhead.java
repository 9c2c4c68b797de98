package vn.lienket.intake.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Stores one file in the archive on a thread of its own while the caller does something else: the
 * command line starts the application meanwhile, and the copy of a 76 MB workbook, its SHA-256 and
 * its flush to disk cost about half a second in a JVM just started. The intake takes the result
 * instead of storing the file itself ({@code SubmissionIntake}); when storing ahead failed, or never
 * started, the intake stores the file and reports what went wrong as it always does.
 */
public final class ArchiveAhead {

    private final Path file;
    private CompletableFuture<ArchivedFile> stored;

    public ArchiveAhead(Path file) {
        this.file = file;
    }

    /**
     * Starts storing the file, once, in the archive {@code archive} gives on the storing thread (finding it may
     * read settings; whatever fails there only means the intake stores the file itself).
     */
    public synchronized void start(Supplier<SubmissionArchive> archive) {
        if (stored != null) {
            return;
        }
        stored = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                stored.complete(archive.get().store(file));
            } catch (IOException | RuntimeException e) {
                stored.completeExceptionally(e);
            }
        }, "lienket-archive-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The archive entry of {@code file} once stored ahead; empty for another file, or when it was not stored. */
    public Optional<ArchivedFile> take(Path file) {
        CompletableFuture<ArchivedFile> result;
        synchronized (this) {
            result = stored;
        }
        if (result == null || !file.equals(this.file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(result.join());
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }
}
