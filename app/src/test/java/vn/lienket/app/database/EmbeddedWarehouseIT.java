package vn.lienket.app.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedWarehouseIT {

    @TempDir
    Path dataDir;

    @Test
    void theWarehouseSurvivesARestartOfTheProcess() throws Exception {
        try (EmbeddedWarehouse first = EmbeddedWarehouse.start(dataDir, "lienket")) {
            execute(first, "CREATE TABLE loaded_yesterday (id int); INSERT INTO loaded_yesterday VALUES (42)");
        }
        try (EmbeddedWarehouse second = EmbeddedWarehouse.start(dataDir, "lienket")) {
            assertThat(queryInt(second, "SELECT id FROM loaded_yesterday")).isEqualTo(42);
        }
    }

    @Test
    void aServerOrphanedByAKilledProcessIsStoppedAndTheDataKept() throws Exception {
        Process owner = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                StartAndWait.class.getName(), dataDir.toString()))
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(StartAndWait.READY)) {
                // skip the child's log lines until it says the table is written
            }
            assertThat(line).as("child process reported ready").isEqualTo(StartAndWait.READY);
        }
        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try (EmbeddedWarehouse restarted = EmbeddedWarehouse.start(dataDir, "lienket")) {
            assertThat(queryInt(restarted, "SELECT count(*) FROM written_before_kill")).isEqualTo(1);
        }
    }

    /**
     * A command's process leaves the server to write its shutdown checkpoint after it has gone (every commit is
     * already in the write-ahead log); the next command waits for that stop, then finds everything committed.
     */
    @Test
    void theNextStartWaitsForTheStopTheCommandBeforeDidNotWaitFor() throws Exception {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedWarehouse installed = EmbeddedWarehouse.start(pg, "lienket")) {
            execute(installed, "CREATE TABLE loaded (id int)");
        }
        long postmaster;
        try (EmbeddedWarehouse loading = EmbeddedWarehouse.start(pg, "lienket")) {
            execute(loading, "INSERT INTO loaded SELECT g FROM generate_series(1, 300000) g");
            postmaster = PostmasterProcess.PidFile.of(pg).orElseThrow().pid();
            loading.stopWithoutWaitingOnClose();
        }
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive))
                .as("the server still writing its checkpoint when the command's close returns").isPresent();

        try (EmbeddedWarehouse next = EmbeddedWarehouse.start(pg, "lienket")) {
            assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).as("the earlier server, gone").isEmpty();
            assertThat(queryInt(next, "SELECT count(*) FROM loaded")).isEqualTo(300_000);
        }
    }

    @Test
    void onlyTheInstallationsPasswordOpensIt() throws Exception {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(pg, "lienket")) {
            assertPrivate(pg, warehouse);
        }
        try (var binaries = Files.list(dataDir.resolve(".postgres-binaries"))) {
            assertThat(binaries).as("PostgreSQL unpacked beside the data directory").isNotEmpty();
        }
        assertThat(dataDir.resolve(".postgres-binaries").resolve(UnpackedBinaries.RECORD))
                .as("the unpacked binaries recorded for the next start").isRegularFile();
        // the next start runs the recorded binaries itself: as private as the first
        try (EmbeddedWarehouse restarted = EmbeddedWarehouse.start(pg, "lienket")) {
            assertPrivate(pg, restarted);
        }
    }

    /** A load the warehouse confirmed survives a power cut: every commit is flushed to disk, at the first start and after. */
    @Test
    void aCommitIsOnDiskWhenItReturns() throws Exception {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedWarehouse first = EmbeddedWarehouse.start(pg, "lienket")) {
            assertDurable(first);
        }
        try (EmbeddedWarehouse restarted = EmbeddedWarehouse.start(pg, "lienket")) {
            assertDurable(restarted);
        }
    }

    private static void assertDurable(EmbeddedWarehouse warehouse) throws Exception {
        try (Connection connection = DriverManager.getConnection(warehouse.jdbcUrl(), warehouse.username(), warehouse.password());
             Statement statement = connection.createStatement();
             ResultSet settings = statement.executeQuery(
                     "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name")) {
            List<String> seen = new java.util.ArrayList<>();
            while (settings.next()) {
                seen.add(settings.getString(1) + "=" + settings.getString(2));
            }
            assertThat(seen).containsExactly("fsync=on", "full_page_writes=on", "synchronous_commit=on");
        }
    }

    @Test
    void binariesRecordedForAnotherArchiveAreNotTrusted() throws Exception {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedWarehouse first = EmbeddedWarehouse.start(pg, "lienket")) {
            execute(first, "CREATE TABLE loaded_by_the_old_jar (id int); INSERT INTO loaded_by_the_old_jar VALUES (7)");
        }
        Path record = dataDir.resolve(".postgres-binaries").resolve(UnpackedBinaries.RECORD);
        String current = Files.readString(record);
        Files.writeString(record, current.replaceAll("(?m)^archive=.*$", "archive=0-1"));

        try (EmbeddedWarehouse upgraded = EmbeddedWarehouse.start(pg, "lienket")) {
            assertThat(queryInt(upgraded, "SELECT id FROM loaded_by_the_old_jar")).isEqualTo(7);
        }
        assertThat(Files.readString(record)).as("recorded again for this jar's archive")
                .doesNotContain("archive=0-1").contains("archive=");
    }

    private static void assertPrivate(Path pg, EmbeddedWarehouse warehouse) throws Exception {
        Path passwordFile = EmbeddedWarehouse.passwordFile(pg);
        assertThat(passwordFile).hasParent(pg.getParent());
        assertThat(Files.getPosixFilePermissions(passwordFile)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(passwordFile).strip()).isEqualTo(warehouse.password()).hasSizeGreaterThanOrEqualTo(32);

        assertThatThrownBy(() -> DriverManager.getConnection(warehouse.jdbcUrl(), "postgres", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(warehouse.jdbcUrl(), "postgres", "wrong").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection connection = DriverManager.getConnection(warehouse.jdbcUrl(), warehouse.username(), warehouse.password());
             Statement statement = connection.createStatement();
             ResultSet listen = statement.executeQuery("SHOW listen_addresses")) {
            listen.next();
            assertThat(listen.getString(1)).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aWarehouseStartedAheadIsTheOneTheCommandGetsOnlyWhenItsConfigurationNamesIt() throws Exception {
        try (EmbeddedWarehouse first = EmbeddedWarehouse.start(dataDir, "lienket")) {
            execute(first, "CREATE TABLE loaded_yesterday (id int); INSERT INTO loaded_yesterday VALUES (42)");
        }

        EmbeddedWarehouse.StartedAhead ahead = EmbeddedWarehouse.startAhead(dataDir, "lienket").orElseThrow();
        try (EmbeddedWarehouse taken = ahead.take(dataDir, "lienket").orElseThrow()) {
            assertThat(queryInt(taken, "SELECT id FROM loaded_yesterday")).isEqualTo(42);
            assertThat(EmbeddedWarehouse.startAhead(dataDir, "lienket")).as("a server is running: nothing to start ahead").isEmpty();
        }

        EmbeddedWarehouse.StartedAhead another = EmbeddedWarehouse.startAhead(dataDir, "lienket").orElseThrow();
        assertThat(another.take(dataDir, "configured_elsewhere")).isEmpty();
        assertThat(dataDir.resolve("postmaster.pid")).as("the server started ahead is stopped").doesNotExist();
        try (EmbeddedWarehouse restarted = EmbeddedWarehouse.start(dataDir, "lienket", false)) {
            assertThat(queryInt(restarted, "SELECT id FROM loaded_yesterday")).isEqualTo(42);
        }
        assertThat(EmbeddedWarehouse.startAhead(dataDir.resolve("elsewhere"), "lienket")).as("no warehouse there").isEmpty();
    }

    @Test
    void aDirectoryWithoutAWarehouseIsRefusedUnlessTheCommandBuildsOne() {
        Path pg = dataDir.resolve("elsewhere").resolve("pg");

        assertThatThrownBy(() -> EmbeddedWarehouse.start(pg, "lienket", false))
                .isInstanceOf(WarehouseMissingException.class)
                .hasMessageContaining(pg.toString());
        assertThat(pg).doesNotExist();
        assertThat(EmbeddedWarehouse.passwordFile(pg)).doesNotExist();
    }

    /** Child process: start the warehouse, write a row, announce it, then wait to be killed. */
    public static final class StartAndWait {
        static final String READY = "READY";

        public static void main(String[] args) throws Exception {
            EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(Path.of(args[0]), "lienket");
            execute(warehouse, "CREATE TABLE written_before_kill (id int); INSERT INTO written_before_kill VALUES (1)");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    private static void execute(EmbeddedWarehouse warehouse, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(warehouse.jdbcUrl(), warehouse.username(), warehouse.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int queryInt(EmbeddedWarehouse warehouse, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(warehouse.jdbcUrl(), warehouse.username(), warehouse.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
