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
    void aNewRunReplacesItsOwnSectionAndKeepsTheOthers() throws Exception {
        Path file = directory.resolve("benchmarks.md");
        Files.writeString(file, "# Benchmarks\n\n## Load job end to end\n\nload figures\n");

        BenchCommand.Cli.writeSection(file, BenchCommand.Cli.SECTION + "\n\nfirst run\n");
        Files.writeString(file, Files.readString(file) + "\n## Scorecard rendering\n\nrender figures\n");
        BenchCommand.Cli.writeSection(file, BenchCommand.Cli.SECTION + "\n\nsecond run\n");

        String text = Files.readString(file);
        assertThat(text).contains("load figures", "second run", "render figures").doesNotContain("first run");
        assertThat(text.indexOf("load figures")).isLessThan(text.indexOf("second run"));
        assertThat(text.indexOf("second run")).isLessThan(text.indexOf("## Scorecard rendering"));
    }
}
