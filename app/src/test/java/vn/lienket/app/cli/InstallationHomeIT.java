package vn.lienket.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** One home per installation: commands that only read the warehouse never create an empty one. */
class InstallationHomeIT {

    @TempDir
    Path home;

    @Test
    void readingCommandsRefuseAHomeWithoutAWarehouseAndNameTheExpectedPlace() {
        Path expected = home.resolve("data").resolve("pg");

        for (String[] command : new String[][] {{"submissions", "list"}, {"status"}, {"db", "status"}}) {
            CliRun.Result result = new CliRun(null, home).run(command);

            assertThat(result.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(result.err()).as(String.join(" ", command))
                    .contains("Chưa có kho dữ liệu ở " + expected)
                    .doesNotContain("Exception");
        }
        assertThat(expected).doesNotExist();
    }

    @Test
    void theHomesConfigurationIsReadWhateverTheWorkingDirectory() throws Exception {
        Path configured = home.resolve("kho").resolve("pg");
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("application.yml"), """
                lienket:
                  embedded-database:
                    data-dir: %s
                """.formatted(configured));

        CliRun.Result result = new CliRun(null, home).run("submissions", "list");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(result.err()).contains(configured.toString());
    }

    @Test
    void loadBuildsTheWarehouseInTheHomeAndListingThenSeesIt() throws Exception {
        Path workbook = vn.lienket.workbook.testing.WorkbookFixtures.valid().writeXlsx(Files.createDirectories(home.resolve("in")));

        CliRun.Result load = new CliRun(null, home).run("load", workbook.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();

        CliRun.Result list = new CliRun(null, home).run("submissions", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("P34:68", "2026-Q1", "1 hồ sơ");
        assertThat(home.resolve("data").resolve("pg").resolve("PG_VERSION")).isRegularFile();
    }
}
