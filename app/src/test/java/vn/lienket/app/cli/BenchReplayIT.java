package vn.lienket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lienket bench replay} on a small scale: a year of history across the 2025 merger (P63 predecessors, then the
 * 34 provinces of today) replayed one receipt after another and partitioned by lineage; the partitioned replay
 * reproduces production's ids and statuses and reconciles clean, every figure is printed in its table (their values
 * are not checked: no timed tests), and nothing is left behind.
 */
class BenchReplayIT {

    @TempDir
    Path work;

    @Test
    void aYearAcrossTheMergerReplaysPartitionedReconcilesCleanAndPrintsEveryFigure() throws Exception {
        CliRun cli = new CliRun(null, null, Map.of("lienket.embedded-database.data-dir", work.resolve("pg").toString()));

        CliRun.Result result = cli.run("bench", "replay", "--years", "1", "--last-quarter", "2025-Q4", "--rows", "5",
                "--parallel", "3", "--work-dir", work.resolve("bench").toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out())
                .containsPattern("\\| production: .* \\| 136 \\| \\d+\\.\\d \\| \\d+\\.\\d \\|")
                .containsPattern("\\| reference: replay one receipt after another.* \\| 136 \\| \\d+\\.\\d \\| \\d+\\.\\d \\|")
                .containsPattern("\\| replay partitioned by lineage: 34 lineages, 3 at a time .* \\| 136 \\|")
                .containsPattern("partitioned / sequential: \\*\\*\\d+\\.\\d\\d×\\*\\*")
                .containsPattern("report: \\*\\*\\d+\\.\\d s\\*\\* \\(target < 30 s\\)")
                .contains("reconciliation: clean, 136 submissions")
                .doesNotContain("✗");
        try (Stream<Path> left = Files.list(work.resolve("bench"))) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .as("the scratch archive and workbooks are deleted with the scratch databases")
                    .noneMatch(name -> name.startsWith("archive-") || name.startsWith("replay-"));
        }
    }
}
