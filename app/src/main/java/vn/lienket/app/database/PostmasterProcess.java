package vn.lienket.app.database;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final String STOP_TIMEOUT_SECONDS = "5";

    private final UnpackedBinaries binaries;
    private final Path dataDirectory;
    private final int port;
    private final FileOutputStream lockStream;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

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
            server.pgCtl(Duration.ofSeconds(startupWait.toSeconds() + 5), "-D", dataDirectory.toString(),
                    "-o", String.join(" ", options), "-w", "-t", Long.toString(startupWait.toSeconds()), "start");
        } catch (IOException | RuntimeException e) {
            server.releaseLock();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "lienket-postgres-stop"));
        log.info("PostgreSQL started on port {} in {} ms", server.port, (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    int port() {
        return port;
    }

    /** Fast shutdown (sessions are ended, the shutdown checkpoint written); waits until the server is gone. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            pgCtl(Duration.ofSeconds(Long.parseLong(STOP_TIMEOUT_SECONDS) + 5),
                    "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w", "-t", STOP_TIMEOUT_SECONDS);
            log.info("PostgreSQL stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.error("Could not stop the PostgreSQL server in {}", dataDirectory, e);
        } finally {
            releaseLock();
        }
    }

    private void pgCtl(Duration timeout, String... arguments) throws IOException {
        Path serverLog = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        Process process = new ProcessBuilder(binaries.command("pg_ctl", arguments))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("pg_ctl " + String.join(" ", arguments) + " did not finish in " + timeout + "; see " + serverLog);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for pg_ctl", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("pg_ctl " + arguments[arguments.length - 1] + " failed (exit " + process.exitValue() + "); see " + serverLog);
        }
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
}
