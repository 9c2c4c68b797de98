package vn.lienket.app.database;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run by Liên kết itself from a persistent data directory: the default
 * warehouse on a machine where no database is configured.
 * <p>
 * If an earlier process was killed without stopping its server, the orphaned postmaster still
 * holds the directory; it is stopped first, but only when no live Liên kết process owns the
 * directory (zonky's lock file tells).
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedWarehouse.class);
    private static final String OWNER_LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);

    private final EmbeddedPostgres postgres;
    private final String databaseName;

    private EmbeddedWarehouse(EmbeddedPostgres postgres, String databaseName) {
        this.postgres = postgres;
        this.databaseName = databaseName;
    }

    public static EmbeddedWarehouse start(Path dataDir, String databaseName) {
        try {
            Path directory = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedWarehouse warehouse = new EmbeddedWarehouse(postgres, databaseName);
            warehouse.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
            return warehouse;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", databaseName);
    }

    public String username() {
        return "postgres";
    }

    /** Removes a database of this server, e.g. a benchmark's scratch database. */
    public void dropDatabase(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS \"" + name.replace("\"", "") + "\" WITH (FORCE)");
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + databaseName.replace("\"", "") + "\" ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    private static void stopOrphanedServer(Path directory) throws IOException {
        Optional<Long> orphanPid = postmasterPid(directory);
        if (orphanPid.isEmpty()) {
            return;
        }
        Path lockFile = directory.resolve(OWNER_LOCK_FILE);
        try (FileOutputStream lockStream = new FileOutputStream(lockFile.toFile());
             FileLock ownerLock = lockStream.getChannel().tryLock()) {
            if (ownerLock == null) {
                throw new IllegalStateException("Another Liên kết process is using " + directory);
            }
            Optional<ProcessHandle> orphan = ProcessHandle.of(orphanPid.get());
            if (orphan.isPresent() && orphan.get().isAlive()) {
                log.warn("Stopping PostgreSQL (pid {}) left running by an earlier process in {}", orphanPid.get(), directory);
                orphan.get().destroy();
                orphan.get().onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL left running in " + directory + " did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
        }
    }

    private static Optional<Long> postmasterPid(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(lines.get(0).trim()));
    }
}
