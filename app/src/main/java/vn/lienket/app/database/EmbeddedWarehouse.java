package vn.lienket.app.database;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienket.domain.Ahead;

/**
 * A real PostgreSQL server run by Liên kết itself from a persistent data directory: the default
 * warehouse on a machine where no database is configured.
 * <p>
 * It is private to the installation: it listens on 127.0.0.1 only, every connection (socket or TCP)
 * needs the generated password kept with owner-only permissions beside the data directory
 * ({@code scram-sha-256}), and the PostgreSQL binaries are unpacked beside the data directory, not in
 * the shared temporary directory. A data directory made by an older version (open to every local
 * user) is closed the first time it is started.
 * <p>
 * If an earlier process was killed without stopping its server, the orphaned postmaster still
 * holds the directory; it is stopped first, but only when no live Liên kết process owns the
 * directory (zonky's lock file tells).
 * <p>
 * zonky makes a new directory and unpacks the binaries; a directory that exists starts from the
 * binaries recorded then ({@link UnpackedBinaries}, {@link PostmasterProcess}), with the same
 * settings, lock file and password, and without zonky's per-start preparation.
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedWarehouse.class);
    private static final String OWNER_LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);

    /** The database of the warehouse when {@code lienket.embedded-database.database-name} names no other. */
    public static final String DEFAULT_DATABASE_NAME = "lienket";
    private static final String SUPERUSER = "postgres";
    private static final String LISTEN_ADDRESS = "127.0.0.1";
    private static final String HOST_BASED_AUTHENTICATION = """
            # Written by Liên kết: only the installation's password (see the .password file beside this
            # directory) opens the embedded warehouse, and only from this machine.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            """;
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    /**
     * The server's settings, whichever way it starts, and the listen address. The warehouse is the installation's
     * record, so a commit is on disk when it returns: {@code fsync} and {@code synchronous_commit} are on (zonky starts
     * its servers with {@code -F}, fsync off, before these settings, which override it; it would also turn
     * {@code synchronous_commit} off). On these machines a WAL flush costs about 0.15 ms ({@code pg_test_fsync}).
     */
    private static final Map<String, String> SERVER_SETTINGS = Map.of(
            "timezone", "UTC",
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "max_connections", "300",
            "listen_addresses", LISTEN_ADDRESS);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Closeable server;
    private final int port;
    private final String databaseName;
    private final String password;
    private final Path directory;
    private volatile boolean stopWithoutWaiting;

    private EmbeddedWarehouse(Closeable server, int port, String databaseName, String password, Path directory) {
        this.server = server;
        this.port = port;
        this.databaseName = databaseName;
        this.password = password;
        this.directory = directory;
    }

    /** Starts the warehouse in {@code dataDir}, creating it there when there is none yet. */
    public static EmbeddedWarehouse start(Path dataDir, String databaseName) {
        return start(dataDir, databaseName, true);
    }

    /**
     * Starts the warehouse in {@code dataDir}; without {@code createIfMissing} a directory that holds
     * no warehouse is refused ({@link WarehouseMissingException}) rather than filled with an empty one.
     */
    public static EmbeddedWarehouse start(Path dataDir, String databaseName, boolean createIfMissing) {
        EmbeddedWarehouse warehouse = open(dataDir, databaseName, createIfMissing);
        warehouse.logStarted();
        return warehouse;
    }

    /**
     * Starts the warehouse in {@code dataDir} on a thread of its own while the caller goes on reading its configuration
     * and setting up logging, for a command that only reads the warehouse and will know only then where it is: the
     * server's start and first connection, about a fifth of {@code submissions list}, overlap that work. Only a start
     * that logs nothing before logging is set up is made ahead (no orphaned server to stop, no older directory to
     * close, binaries recorded); empty otherwise, and the caller starts it as usual.
     */
    public static Optional<StartedAhead> startAhead(Path dataDir, String databaseName) {
        Path directory = dataDir.toAbsolutePath().normalize();
        try {
            Path hba = directory.resolve("pg_hba.conf");
            if (!Files.isRegularFile(directory.resolve("PG_VERSION")) || Files.exists(directory.resolve(PostmasterProcess.PID_FILE))
                    || !Files.isRegularFile(directory.resolve("postgresql.conf")) || !Files.isRegularFile(hba)
                    || !Files.readString(hba).equals(HOST_BASED_AUTHENTICATION)
                    || UnpackedBinaries.recorded(binariesDirectory(directory)).isEmpty()) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new StartedAhead(directory, databaseName,
                Ahead.start("lienket-postgres-start", () -> open(directory, databaseName, false))));
    }

    /** A start made ahead ({@link #startAhead}), taken by the command when it is the warehouse its configuration names. */
    public static final class StartedAhead {

        private final Path directory;
        private final String databaseName;
        private final Ahead<EmbeddedWarehouse> start;

        private StartedAhead(Path directory, String databaseName, Ahead<EmbeddedWarehouse> start) {
            this.directory = directory;
            this.databaseName = databaseName;
            this.start = start;
        }

        /**
         * The warehouse started ahead when it is the one in {@code dataDir} with {@code databaseName}, its start now
         * logged; empty when it is another (it is stopped) or its start failed (the caller's own start then reports why).
         */
        public Optional<EmbeddedWarehouse> take(Path dataDir, String databaseName) {
            Optional<EmbeddedWarehouse> started = await();
            if (started.isPresent() && directory.equals(dataDir.toAbsolutePath().normalize()) && this.databaseName.equals(databaseName)) {
                started.get().logStarted();
                return started;
            }
            started.ifPresent(EmbeddedWarehouse::closeQuietly);
            return Optional.empty();
        }

        /** The command needs no embedded warehouse after all (or failed before it knew): the one started ahead is stopped. */
        public void discard() {
            await().ifPresent(EmbeddedWarehouse::closeQuietly);
        }

        private Optional<EmbeddedWarehouse> await() {
            return start.result();
        }
    }

    /**
     * Starts the server (or finds it started by an earlier process, if any, after stopping it) and makes its database;
     * a failure after the server started stops it again. Logs nothing itself on the usual way (see {@link #startAhead}).
     */
    private static EmbeddedWarehouse open(Path dataDir, String databaseName, boolean createIfMissing) {
        Path directory = dataDir.toAbsolutePath().normalize();
        if (!createIfMissing && !Files.isRegularFile(directory.resolve("PG_VERSION"))) {
            throw new WarehouseMissingException(directory);
        }
        EmbeddedWarehouse warehouse = null;
        try {
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            Path passwordFile = passwordFile(directory);
            String password = readOrCreatePassword(passwordFile);
            Path binaries = privateDirectory(binariesDirectory(directory));
            Optional<UnpackedBinaries> unpacked = Files.isRegularFile(directory.resolve("postgresql.conf"))
                    ? UnpackedBinaries.recorded(binaries) : Optional.empty();
            if (unpacked.isPresent()) {
                PostmasterProcess server = PostmasterProcess.start(unpacked.get(), directory, OWNER_LOCK_FILE,
                        SERVER_SETTINGS, STARTUP_WAIT);
                warehouse = new EmbeddedWarehouse(server, server.port(), databaseName, password, directory);
            } else {
                warehouse = startWithZonky(directory, binaries, passwordFile, password, databaseName);
            }
            warehouse.requirePassword(directory);
            warehouse.createDatabaseIfMissing(databaseName);
            return warehouse;
        } catch (IOException | SQLException e) {
            stopAfterFailure(warehouse);
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            stopAfterFailure(warehouse);
            throw e;
        }
    }

    private void logStarted() {
        if (server instanceof PostmasterProcess postmaster) {
            postmaster.logStarted();
        }
        log.info("Embedded PostgreSQL on port {} with data in {}", port, directory);
    }

    private static void stopAfterFailure(EmbeddedWarehouse started) {
        if (started != null) {
            closeQuietly(started);
        }
    }

    private static void closeQuietly(EmbeddedWarehouse warehouse) {
        try {
            warehouse.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}", warehouse.directory, e);
        }
    }

    /**
     * The first start (initdb, unpacking the binaries) and any start whose binaries are not recorded
     * for this jar's archive: zonky does it all, and the binaries it used are recorded for next time.
     */
    private static EmbeddedWarehouse startWithZonky(Path directory, Path binaries, Path passwordFile, String password,
                                                    String databaseName) throws IOException {
        // zonky caches the unpacked binaries per resolver for the JVM's life: a resolver of this start's
        // own keeps them beside this data directory
        UnpackedBinaries.Recorder resolver = UnpackedBinaries.recorder();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPgBinaryResolver(resolver)
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setConnectConfig("password", password)
                .setPGStartupWait(STARTUP_WAIT);
        SERVER_SETTINGS.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        resolver.record(binaries);
        return new EmbeddedWarehouse(postgres, postgres.getPort(), databaseName, password, directory);
    }

    public String jdbcUrl() {
        return jdbcUrl(databaseName);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + LISTEN_ADDRESS + ":" + port + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    /** A new connection pool on the warehouse's database, for the application or a command without it. */
    public HikariDataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl());
        dataSource.setUsername(username());
        dataSource.setPassword(password());
        dataSource.setPoolName("lienket-embedded");
        return dataSource;
    }

    /** The file holding the generated password of the warehouse in {@code dataDir}: beside it, owner-only. */
    public static Path passwordFile(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize();
        return directory.resolveSibling(directory.getFileName() + ".password");
    }

    static Path binariesDirectory(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolveSibling(".postgres-binaries");
    }

    /**
     * Another database of this server (created when missing), e.g. a benchmark's scratch database to replay into;
     * returns its JDBC URL (user {@link #username()}, password {@link #password()}).
     */
    public String createDatabase(String name) throws SQLException {
        createDatabaseIfMissing(name);
        return jdbcUrl(name);
    }

    /** Removes a database of this server, e.g. a benchmark's scratch database. */
    public void dropDatabase(String name) throws SQLException {
        try (Connection connection = administration();
             Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS \"" + name.replace("\"", "") + "\" WITH (FORCE)");
        }
    }

    /**
     * Makes {@link #close} ask the server to stop without waiting for its shutdown checkpoint: for the warehouse of a
     * command whose process ends after it (see {@link PostmasterProcess#stopWithoutWaiting}). A server zonky started
     * (the installation's first) is still waited for.
     */
    public void stopWithoutWaitingOnClose() {
        stopWithoutWaiting = true;
    }

    @Override
    public void close() throws IOException {
        if (stopWithoutWaiting && server instanceof PostmasterProcess postmaster) {
            postmaster.stopWithoutWaiting();
        } else {
            server.close();
        }
    }

    /** A connection to the server's own {@code postgres} database as the superuser. */
    private Connection administration() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + LISTEN_ADDRESS + ":" + port + "/postgres", SUPERUSER, password);
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = Files.createTempFile(file.getParent(), ".password-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        Files.writeString(temporary, password + "\n");
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static Path privateDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        return directory;
    }

    /**
     * Makes the password the only way in: a fresh directory already is (initdb got it), one made
     * by an older version trusted every local user until its superuser gets the password and its
     * {@code pg_hba.conf} is replaced.
     */
    private void requirePassword(Path directory) throws IOException, SQLException {
        Path hba = directory.resolve("pg_hba.conf");
        if (Files.isRegularFile(hba) && Files.readString(hba).equals(HOST_BASED_AUTHENTICATION)) {
            return;
        }
        try (Connection connection = administration();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            // the password is base64url: nothing in it needs quoting
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
            Files.writeString(hba, HOST_BASED_AUTHENTICATION);
            statement.execute("SELECT pg_reload_conf()");
        }
        log.info("The embedded PostgreSQL in {} now requires the installation's password", directory);
    }

    private void createDatabaseIfMissing(String name) throws SQLException {
        try (Connection connection = administration();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\" ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    /**
     * A server running on the directory while no process holds its lock: one still writing the shutdown
     * checkpoint the previous command asked for ({@link #stopWithoutWaitingOnClose}) is waited for; one left by a
     * killed process is stopped first. Either way it is gone, its data kept, before this start.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Optional<PostmasterProcess.PidFile> pidFile = PostmasterProcess.PidFile.of(directory);
        if (pidFile.isEmpty()) {
            return;
        }
        Path lockFile = directory.resolve(OWNER_LOCK_FILE);
        try (FileOutputStream lockStream = new FileOutputStream(lockFile.toFile());
             FileLock ownerLock = lockStream.getChannel().tryLock()) {
            if (ownerLock == null) {
                throw new IllegalStateException("Another Liên kết process is using " + directory);
            }
            Optional<ProcessHandle> orphan = ProcessHandle.of(pidFile.get().pid());
            if (orphan.isPresent() && orphan.get().isAlive()) {
                if (pidFile.get().stopping()) {
                    log.info("Waiting for PostgreSQL (pid {}) in {} to finish the stop an earlier command asked for",
                            pidFile.get().pid(), directory);
                } else {
                    log.warn("Stopping PostgreSQL (pid {}) left running by an earlier process in {}", pidFile.get().pid(), directory);
                    orphan.get().destroy();
                }
                orphan.get().onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL left running in " + directory + " did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
        }
    }
}
