package vn.lienket.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that a crash must leave whole or absent, never half-written (the archive, receipts, scorecards):
 * written under a temporary name beside their target and forced to disk, renamed into place atomically,
 * then the directory forced so that the new name survives a power cut too.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /** Writes {@code bytes} to {@code file} (created or truncated) and forces them to disk. */
    public static void writeAndForce(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Moves a written and forced temporary file to its final name in one step and forces the directory.
     * A target that appeared meanwhile is kept: every caller names files by their content (a hash, or
     * reproducible bytes), so another writer's file is as good as this one.
     */
    public static void publish(Path incoming, Path target) throws IOException {
        try {
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The directory must allow atomic renames: " + target.getParent(), e);
        } catch (FileAlreadyExistsException e) {
            // another process wrote the same content a moment ago
        }
        forceDirectory(target.getParent());
    }

    public static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot force a directory; the file itself was already forced
        }
    }
}
