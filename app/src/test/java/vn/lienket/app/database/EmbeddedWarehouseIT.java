package vn.lienket.app.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

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
        try (Connection connection = DriverManager.getConnection(warehouse.jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int queryInt(EmbeddedWarehouse warehouse, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(warehouse.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
