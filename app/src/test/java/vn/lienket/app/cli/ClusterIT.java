package vn.lienket.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.testsupport.ChildProcess;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real {@code lienket serve} JVMs on one PostgreSQL database: every fire of the inbox scan runs
 * once across both, and when the node loading a workbook is killed with SIGKILL mid-load, the other
 * node takes over the abandoned fire and finishes the load.
 */
class ClusterIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int PROJECTS = 30_000;
    /** Each node's console (the test logging configuration logs there), kept so a failed run can be read afterwards. */
    private static final Path LOGS = Path.of("target", "cluster-it");

    @TempDir
    Path work;

    private final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void eachFireRunsOnceAndASurvivorFinishesTheWorkOfAKilledNode() throws Exception {
        TestPostgres.Database database = TestPostgres.shared().createDatabase("cluster");
        assertThat(new CliRun(database, work).run("db", "migrate").exitCode()).isZero();
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        Process nodeA = startNode("node-a", database);
        Process nodeB = startNode("node-b", database);

        await("both nodes check in and scan", () -> count(jdbc, "SELECT count(*) FROM qrtz_scheduler_state") == 2
                && count(jdbc, "SELECT count(*) FROM schedule_run WHERE outcome = 'ok'") >= 6);

        Path inbox = work.resolve("inbox");
        Path workbook = largeWorkbook().writeXlsx(Files.createDirectories(work.resolve("fixture")));
        Files.move(workbook, Files.createDirectories(inbox.resolve("P34-68")).resolve("lam-dong-quy1.xlsx"));
        await("a node starts loading the workbook",
                () -> count(jdbc, "SELECT count(*) FROM batch_job_execution WHERE status = 'STARTED'") == 1);
        Map<String, Object> loadingRun = jdbc.sql(
                "SELECT node, scheduled_fire_at FROM schedule_run WHERE finished_at IS NULL AND task = 'inbox-scan'").query().singleRow();
        String loadingNode = (String) loadingRun.get("node");
        Process killed = loadingNode.equals("node-a") ? nodeA : nodeB;
        String survivor = loadingNode.equals("node-a") ? "node-b" : "node-a";
        killed.destroyForcibly().waitFor();
        Instant killedAt = Instant.now();

        await("the survivor finishes the load", () -> count(jdbc, "SELECT count(*) FROM submission WHERE status = 'loaded'") == 1
                && count(jdbc, "SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'") == 1);
        await("the survivor records the result of the fire it took over (after moving the file)", () -> jdbc.sql(
                "SELECT count(*) FROM schedule_run WHERE scheduled_fire_at = :fire AND recovering AND finished_at IS NOT NULL")
                .param("fire", loadingRun.get("scheduled_fire_at")).query(Long.class).single() == 1);
        await("the survivor removes the dead node from the cluster",
                () -> count(jdbc, "SELECT count(*) FROM qrtz_scheduler_state") == 1);

        assertThat(jdbc.sql("SELECT instance_name FROM qrtz_scheduler_state").query(String.class).single()).isEqualTo(survivor);
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id").query(String.class).list())
                .as("the abandoned execution was recovered, then restarted").containsExactly("FAILED", "COMPLETED");
        assertThat(jdbc.sql("SELECT count(*) FROM fact_investment_snapshot").query(Long.class).single()).isEqualTo(PROJECTS + 3);
        try (var processed = Files.walk(inbox.resolve("processed"))) {
            assertThat(processed.filter(path -> path.getFileName().toString().endsWith("lam-dong-quy1.xlsx"))).hasSize(1);
        }
        assertThat(inbox.resolve("P34-68/lam-dong-quy1.xlsx")).doesNotExist();
        assertThat(jdbc.sql("SELECT DISTINCT node FROM schedule_run WHERE started_at > :killed")
                .param("killed", Timestamp.from(killedAt)).query(String.class).list()).containsExactly(survivor);
        assertThat(jdbc.sql("""
                        SELECT node || ' ' || recovering || ' ' || coalesce(outcome, '-') || ' ' || coalesce(split_part(summary, ';', 1), '-')
                        FROM schedule_run WHERE scheduled_fire_at = :fire ORDER BY recovering""")
                .param("fire", loadingRun.get("scheduled_fire_at")).query(String.class).list())
                .as("the killed fire: left unfinished on its node, run again once by the survivor, which loaded the file")
                .containsExactly(loadingNode + " false - -",
                        survivor + " true ok seen 1, processed 1, rejected 0, waiting 0, unfinished 0, failed 0");
        assertThat(jdbc.sql("SELECT scheduled_fire_at FROM schedule_run GROUP BY scheduled_fire_at HAVING count(*) > 1")
                .query(Timestamp.class).list()).as("every other fire ran once, on one node")
                .containsExactly((Timestamp) loadingRun.get("scheduled_fire_at"));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM schedule_run WHERE scheduled_fire_at <> :fire AND outcome IS DISTINCT FROM 'ok'
                          AND scheduled_fire_at < (SELECT max(scheduled_fire_at) FROM schedule_run)""")
                .param("fire", loadingRun.get("scheduled_fire_at")).query(Long.class).single())
                .as("every other fire (but the one the survivor may be running now) has its result recorded").isZero();
        for (String node : List.of("node-a", "node-b")) {
            assertThat(Files.readString(LOGS.resolve(node + ".out"))).as("no fire delivered twice to " + node)
                    .doesNotContain("was already run; skipped");
        }
    }

    /** Lâm Đồng's valid workbook with enough extra projects that loading it takes a moment to kill. */
    private static WorkbookFixtures largeWorkbook() {
        WorkbookFixtures workbook = WorkbookFixtures.valid();
        for (int i = 1; i <= PROJECTS; i++) {
            workbook.addRow("DuAn", 3 + i, String.format("LD-X%05d", i), "Dự án mở rộng " + i, "Công ty CP Sài Gòn " + i,
                    "Du lịch", 10.5, 5, 1.25, "Đang triển khai", LocalDate.of(2024, 1, 15), null, 12, null);
        }
        return workbook;
    }

    private Process startNode(String name, TestPostgres.Database database) throws IOException {
        Map<String, String> properties = Map.ofEntries(
                Map.entry("spring.datasource.url", database.jdbcUrl()),
                Map.entry("spring.datasource.username", String.valueOf(database.username())),
                Map.entry("spring.datasource.password", database.password() == null ? "" : database.password()),
                Map.entry("spring.quartz.properties.org.quartz.scheduler.instanceId", name),
                Map.entry("LIENKET_CLUSTER_CHECKIN_MS", "1000"),
                Map.entry("lienket.schedule.inbox-scan", "* * * * * ?"),
                Map.entry("lienket.schedule.reminders", "-"),
                Map.entry("lienket.schedule.scorecards", "-"),
                Map.entry("lienket.schedule.mail-retry", "-"),
                Map.entry("lienket.inbox.dir", work.resolve("inbox").toString()),
                Map.entry("lienket.archive-dir", work.resolve("archive").toString()),
                Map.entry("lienket.home", work.toString()),
                Map.entry("server.port", "0"), // two nodes on one machine: each its own free port
                Map.entry("LIENKET_LOG_FILE", LOGS.toAbsolutePath().resolve(name + ".log").toString()));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx384m");
        command.add(ChildProcess.parentOption());
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClusterNode.class.getName(), "serve"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(LOGS).resolve(name + ".out").toFile()).start();
        nodes.add(process);
        return process;
    }

    private void await(String what, BooleanSupplier condition) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            for (Process node : nodes) {
                if (!node.isAlive() && node.exitValue() != 137) {
                    throw new AssertionError("a node exited with " + node.exitValue() + " while waiting until " + what
                            + ": " + Files.readString(LOGS.resolve(nodes.indexOf(node) == 0 ? "node-a.out" : "node-b.out")));
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
