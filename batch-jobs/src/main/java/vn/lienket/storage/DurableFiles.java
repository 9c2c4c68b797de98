package vn.lienket.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

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

    /**
     * Removes what a killed process left half-written: the regular files (never links) up to {@code depth} levels
     * under {@code directory} whose name {@code leftover} accepts and that were last changed more than {@code age} ago
     * (a live write finishes within seconds). Returns them, for the log; a missing directory has none.
     */
    public static List<Path> sweepLeftovers(Path directory, int depth, Predicate<String> leftover, Duration age)
            throws IOException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Instant before = Instant.now().minus(age);
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory, depth)) {
            for (Path file : files.filter(f -> leftover.test(f.getFileName().toString())).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                    Files.delete(file);
                    removed.add(file);
                }
            }
        }
        return removed;
    }
}
