package vn.lienket.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCliReportTest {

    @TempDir
    Path directory;

    @Test
    void aNewRunGoesAboveTheEarlierRunsOfItsSectionAndKeepsTheOtherSections() throws Exception {
        Path file = directory.resolve("benchmarks.md");
        Files.writeString(file, "# Benchmarks\n\n## Load job end to end\n\nload figures\n");

        BenchCommand.Cli.writeSection(file, BenchCommand.Cli.SECTION + "\n\nfirst run\n");
        Files.writeString(file, Files.readString(file) + "\n## Scorecard rendering\n\nrender figures\n");
        BenchCommand.Cli.writeSection(file, BenchCommand.Cli.SECTION + "\n\nsecond run\n");

        String text = Files.readString(file);
        assertThat(text).contains("load figures", "second run", "first run", "render figures");
        assertThat(text.indexOf(BenchCommand.Cli.SECTION)).isEqualTo(text.lastIndexOf(BenchCommand.Cli.SECTION));
        assertThat(text.indexOf("load figures")).isLessThan(text.indexOf(BenchCommand.Cli.SECTION));
        assertThat(text.indexOf(BenchCommand.Cli.SECTION)).isLessThan(text.indexOf("second run"));
        assertThat(text.indexOf("second run")).isLessThan(text.indexOf("first run"));
        assertThat(text.indexOf("first run")).isLessThan(text.indexOf("## Scorecard rendering"));
    }
}
