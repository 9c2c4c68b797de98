package vn.lienket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lienket bench load} end to end on a small scale: it runs in the embedded PostgreSQL only,
 * prints every measure and both ratios, and leaves neither its scratch database's archive behind
 * nor anything in the warehouse it was started beside. Only the shape of the ratios is checked, never
 * their values: there are no timed tests (the benchmark itself compares against a reference measured
 * in the same run).
 */
class BenchCommandIT {

    @TempDir
    Path work;

    @Test
    void aSmallBenchmarkRunPrintsEveryMeasureAndTheShapeOfItsRatiosNotTheirValuesAndCleansUpAfterItself() throws IOException {
        Path dataDir = work.resolve("pg");
        CliRun cli = new CliRun(null, null, Map.of("lienket.embedded-database.data-dir", dataDir.toString()));

        CliRun.Result result = cli.run("bench", "load", "--rows", "500", "--naive-rows", "50", "--submissions", "3",
                "--submission-rows", "20", "--work-dir", work.resolve("bench").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("warm-up, not timed: 3 ordinary submissions")
                .containsPattern("one 500-row investment sheet .*\\| 500 \\|")
                .containsPattern("\\| 3 ordinary submissions of 20 rows, one after another \\| 3 \\|")
                .containsPattern("Liên kết / reference: \\*\\*\\d+\\.\\d\\d×\\*\\* \\(target ≥ 0\\.8\\)")
                .containsPattern("Liên kết / naive: \\*\\*\\d+\\.\\d×\\*\\*");
        try (Stream<Path> left = Files.list(work.resolve("bench"))) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .as("the scratch archive is deleted with the scratch database")
                    .noneMatch(name -> name.startsWith("archive-"));
        }
        CliRun.Result status = cli.run("submissions", "list");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).as("the benchmark's loads stay in its own database").contains("0 hồ sơ.");
    }

    /**
     * {@code lienket bench portal} on a tiny scale: 34 accounts upload at once through the served portal,
     * with their personal tokens and then with HTTP Basic, the flawed ones are rejected (422) and the others
     * accepted (201), the checks of the registry, the archive and the facts pass, and the figures are printed
     * in their table; their values are not checked.
     */
    @Test
    void aTinyPortalRushPrintsItsTableChecksTheRegistryAndLeavesTheWarehouseAlone() throws IOException {
        Path dataDir = work.resolve("pg");
        CliRun cli = new CliRun(null, null, Map.of("lienket.embedded-database.data-dir", dataDir.toString()));

        CliRun.Result result = cli.run("bench", "portal", "--rounds", "1", "--rows", "5", "--flawed", "2",
                "--work-dir", work.resolve("bench").toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out())
                .contains("34 submitter accounts with a personal token each")
                .containsPattern("\\| rush: 34 accounts upload at once .*personal token.* \\| 34 \\| \\d+\\.\\d\\d \\| \\d+\\.\\d\\d \\|.* \\| 0 \\|")
                .containsPattern("\\| the same rush signed in with HTTP Basic .* \\| 34 \\| \\d+\\.\\d\\d \\|.* \\| 0 \\|")
                .containsPattern("token / Basic throughput: \\*\\*\\d+\\.\\d\\d×\\*\\*")
                .containsPattern("\\| reference: the same mix in-process .* \\| 34 \\|.* \\| 0 \\|")
                .contains("accepted 32 (201), rejected 2 (422)")
                .containsPattern("p95 verdict: \\*\\*\\d+\\.\\d\\d s\\*\\*")
                .contains("nothing lost, nothing duplicated")
                .doesNotContain("✗");
        try (Stream<Path> left = Files.list(work.resolve("bench"))) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .as("the scratch archive and workbooks are deleted with the scratch database")
                    .noneMatch(name -> name.startsWith("archive-") || name.startsWith("portal-"));
        }
        CliRun.Result status = cli.run("submissions", "list");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).as("the benchmark's uploads stay in its own database").contains("0 hồ sơ.");
    }
}
