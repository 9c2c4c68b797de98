package vn.lienket.app.database;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server on an existing data directory, started and stopped with {@code pg_ctl} from
 * binaries already unpacked ({@link UnpackedBinaries}): what zonky does for a data directory that is
 * not new, without its per-start preparation. It holds zonky's lock file ({@code epg-lock}) for its
 * life, as zonky does, so that {@link EmbeddedWarehouse} tells a live owner from an orphaned server
 * the same way whichever started it. The server's own output goes to {@code <data dir>.log}.
 */
final class PostmasterProcess implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterProcess.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READY_POLL = Duration.ofMillis(5);
    static final String PID_FILE = "postmaster.pid";
    private static final int PID_FILE_PORT_LINE = 4;
    private static final int PID_FILE_STATUS_LINE = 8;

    private final UnpackedBinaries binaries;
    private final Path dataDirectory;
    private final int port;
    private final FileOutputStream lockStream;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private long startupMillis;

    private PostmasterProcess(UnpackedBinaries binaries, Path dataDirectory, int port, FileOutputStream lockStream, FileLock lock) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.lockStream = lockStream;
        this.lock = lock;
    }

    static PostmasterProcess start(UnpackedBinaries binaries, Path dataDirectory, String lockFileName,
                                   Map<String, String> settings, Duration startupWait) throws IOException {
        long started = System.nanoTime();
        FileOutputStream lockStream = new FileOutputStream(dataDirectory.resolve(lockFileName).toFile());
        FileLock lock = lockStream.getChannel().tryLock();
        if (lock == null) {
            lockStream.close();
            throw new IllegalStateException("Another Liên kết process is using " + dataDirectory);
        }
        PostmasterProcess server = new PostmasterProcess(binaries, dataDirectory, freePort(), lockStream, lock);
        try {
            List<String> options = new ArrayList<>(List.of("-p", Integer.toString(server.port)));
            settings.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
            server.startAndAwaitReady(Duration.ofSeconds(startupWait.toSeconds() + 5), "-D", dataDirectory.toString(),
                    "-o", String.join(" ", options), "-w", "-t", Long.toString(startupWait.toSeconds()), "start");
        } catch (IOException | RuntimeException e) {
            server.releaseLock();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "lienket-postgres-stop"));
        server.startupMillis = (System.nanoTime() - started) / 1_000_000;
        return server;
    }

    /** Logged by the warehouse once logging is set up: a start made ahead of it would otherwise say nothing. */
    void logStarted() {
        log.info("PostgreSQL started on port {} in {} ms", port, startupMillis);
    }

    int port() {
        return port;
    }

    /**
     * Asks for a fast shutdown and returns without waiting for its checkpoint, for a process that ends now: each
     * commit is already flushed to the write-ahead log, and the checkpoint (every page the command changed, written
     * and synced: 0.6 s after a million-row load) finishes on its own. The next start on this directory waits for
     * it ({@link EmbeddedWarehouse}); the lock is released at once, so that start does not take the server for
     * another live process's.
     */
    void stopWithoutWaiting() {
        if (closed.getAndSet(true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            pgCtl(Duration.ofSeconds(STOP_TIMEOUT.toSeconds() + 5), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-W");
            log.info("PostgreSQL asked to stop in {} ms; it writes its checkpoint after this process", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.error("Could not stop the PostgreSQL server in {}", dataDirectory, e);
        } finally {
            releaseLock();
        }
    }

    /** Fast shutdown (sessions are ended, the shutdown checkpoint written); waits until the server is gone. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            Optional<ProcessHandle> postmaster = postmaster();
            // the signal only (-W): pg_ctl's own wait looks ten times a second, this one every few milliseconds
            pgCtl(Duration.ofSeconds(STOP_TIMEOUT.toSeconds() + 5), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-W");
            awaitStopped(postmaster);
            log.info("PostgreSQL stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.error("Could not stop the PostgreSQL server in {}", dataDirectory, e);
        } finally {
            releaseLock();
        }
    }

    private void pgCtl(Duration timeout, String... arguments) throws IOException {
        Process process = startPgCtl(arguments);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw didNotFinish(process, timeout, arguments);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for pg_ctl", e);
        }
        requireSuccess(process, arguments);
    }

    /**
     * {@code pg_ctl start -w}, returning as soon as the server accepts connections: pg_ctl looks at the
     * server's state ten times a second (80–100 ms lost per start on these machines, measured), the
     * postmaster.pid file says it at once. pg_ctl stays the judge of a failed start (its exit status); once
     * the file says ready, it ends by itself at its next look.
     */
    private void startAndAwaitReady(Duration timeout, String... arguments) throws IOException {
        Process process = startPgCtl(arguments);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(READY_POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                if (ready()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw didNotFinish(process, timeout, arguments);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for pg_ctl", e);
        }
        requireSuccess(process, arguments);
    }

    /**
     * The data directory's postmaster.pid names this server's port and says {@code ready} (the server's own
     * lines: pid, data directory, start time, port, socket directory, listen address, shared memory key,
     * status). A file left by an earlier server names another port: each start takes a free one.
     */
    private boolean ready() {
        List<String> lines = pidFileLines();
        return lines.size() >= PID_FILE_STATUS_LINE && lines.get(PID_FILE_PORT_LINE - 1).strip().equals(Integer.toString(port))
                && lines.get(PID_FILE_STATUS_LINE - 1).strip().equals("ready");
    }

    /** The running postmaster, as its pid file names it before it is asked to stop. */
    private Optional<ProcessHandle> postmaster() {
        List<String> lines = pidFileLines();
        try {
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** As {@code pg_ctl stop -w} waits: until the pid file is gone or its postmaster has exited. */
    private void awaitStopped(Optional<ProcessHandle> postmaster) throws IOException {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        Path pidFile = dataDirectory.resolve(PID_FILE);
        while (Files.exists(pidFile) && postmaster.map(ProcessHandle::isAlive).orElse(true)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("PostgreSQL in " + dataDirectory + " did not stop in " + STOP_TIMEOUT + "; see " + serverLog());
            }
            try {
                Thread.sleep(READY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for PostgreSQL to stop", e);
            }
        }
    }

    private List<String> pidFileLines() {
        try {
            return Files.readAllLines(dataDirectory.resolve(PID_FILE));
        } catch (IOException e) {
            // not written yet, or being removed: not ready, or stopped
            return List.of();
        }
    }

    private Process startPgCtl(String... arguments) throws IOException {
        return new ProcessBuilder(binaries.command("pg_ctl", arguments))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog().toFile()))
                .start();
    }

    private IOException didNotFinish(Process process, Duration timeout, String... arguments) {
        process.destroyForcibly();
        return new IOException("pg_ctl " + String.join(" ", arguments) + " did not finish in " + timeout + "; see " + serverLog());
    }

    private void requireSuccess(Process process, String... arguments) throws IOException {
        if (process.exitValue() != 0) {
            throw new IOException("pg_ctl " + arguments[arguments.length - 1] + " failed (exit " + process.exitValue() + "); see " + serverLog());
        }
    }

    private Path serverLog() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    private void releaseLock() {
        try {
            lock.release();
            lockStream.close();
        } catch (IOException e) {
            log.warn("Could not release the lock of {}", dataDirectory, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** What a server's {@code postmaster.pid} says: its pid (first line) and whether its status (eighth) is {@code stopping}. */
    record PidFile(long pid, boolean stopping) {

        static Optional<PidFile> of(Path directory) throws IOException {
            Path pidFile = directory.resolve(PID_FILE);
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            boolean stopping = lines.size() >= PID_FILE_STATUS_LINE && lines.get(PID_FILE_STATUS_LINE - 1).strip().equals("stopping");
            return Optional.of(new PidFile(Long.parseLong(lines.get(0).strip()), stopping));
        }
    }
}
