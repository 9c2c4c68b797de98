package vn.lienket.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.testsupport.ChildProcess;
import vn.lienket.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayCommandIT {

    /** The auditor's report process's console, kept so a failed run can be read afterwards. */
    private static final Path LOGS = Path.of("target", "replay-it");

    @TempDir
    static Path work;

    @Test
    void anAuditorReplayingTheArchiveOnAnEmptyWarehouseGetsTheSameWarehouseAndTheSameScorecard() throws Exception {
        TestPostgres.Database original = TestPostgres.shared().createDatabase("replay_original");
        TestPostgres.Database audit = TestPostgres.shared().createDatabase("replay_audit");
        CliRun department = new CliRun(original, work);
        ProductionHistory.loadWithOneRejectionAndOneCorrection(department, work);

        CliRun auditor = new CliRun(audit, work);
        CliRun.Result replay = auditor.run("replay");
        int audited = reportInAJvmOfItsOwn(audit, work.resolve("out-audit"), "--quarter", "2026-Q1", "--province", "P34:68");

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(audited).as("exit code of the auditor's report, see " + LOGS).isZero();
        assertThat(replay.out()).contains("Đã nạp lại 3 lần nhận hồ sơ", "2 được nạp, 1 bị từ chối, 0 đã có trong kho");
        String registry = "SELECT status, original_filename, received_at, file_sha256, superseded_by FROM submission ORDER BY submission_id";
        assertThat(rows(audit, registry)).isEqualTo(rows(original, registry)).hasSize(3);
        String facts = """
                SELECT project_code, project_name, registered_capital_bn, disbursed_capital_bn, status_code, source_sheet, source_row
                FROM v_investment_current ORDER BY project_code""";
        assertThat(rows(audit, facts)).isEqualTo(rows(original, facts)).hasSize(3);
        String diff = "SELECT part, row_key, change, field, old_value, new_value FROM submission_diff ORDER BY row_key, field";
        assertThat(rows(audit, diff)).isEqualTo(rows(original, diff)).isNotEmpty();
        assertThat(scorecardDigests(work.resolve("out-audit"))).as("SHA-256 of every byte of the auditor's scorecard files")
                .isEqualTo(scorecardDigests(work.resolve("out-original"))).hasSize(2);

        CliRun.Result again = auditor.run("replay");
        assertThat(again.out()).contains("0 được nạp, 0 bị từ chối, 3 đã có trong kho");
    }

    private static List<String> rows(TestPostgres.Database database, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(result.getString(c)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The full SHA-256 of each scorecard file's bytes (PDF and XLSX), by file name. */
    private static Map<String, String> scorecardDigests(Path directory) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".xlsx")).toList()) {
                digests.put(file.getFileName().toString(), SubmissionArchive.sha256Of(file));
            }
        }
        return digests;
    }

    /**
     * {@code lienket report} in a JVM of its own, so that equal bytes cannot come from anything the test JVM's
     * first render left in memory (compiled reports, fonts, random prefixes).
     */
    private static int reportInAJvmOfItsOwn(TestPostgres.Database database, Path out, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx384m",
                ChildProcess.parentOption(), "-Dspring.datasource.url=" + database.jdbcUrl(),
                "-Dspring.datasource.username=" + database.username(),
                "-Dspring.datasource.password=" + (database.password() == null ? "" : database.password()),
                "-Dlienket.archive-dir=" + work.resolve("archive"), "-Dlienket.scorecard.output-dir=" + work.resolve("scorecards"),
                "-cp", System.getProperty("java.class.path"), ClusterNode.class.getName(), "report"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--out", out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(LOGS).resolve("report.out").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the report process did not finish within 5 minutes; see " + LOGS);
        }
        return process.exitValue();
    }
}
