package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.app.home.InstallationHome;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code submissions list} and {@code template} as users start them read the warehouse without the Spring
 * application ({@code PlainWarehouse}): they must find the same warehouse through the same configuration, print
 * what the application prints (the same table, the same count of last quarter's projects), and refuse a home
 * without a warehouse the same way.
 */
class ListWithoutApplicationIT {

    @TempDir
    Path home;

    @Test
    void theEmbeddedWarehouseOfTheHomeIsListedAsTheApplicationListsIt() throws Exception {
        Path workbook = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(home.resolve("in")));
        CliRun.Result load = asUsersStartIt("load", workbook.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();

        CliRun.Result plain = asUsersStartIt("submissions", "list", "--province", "P34:68");
        CliRun.Result application = new CliRun(null, home).run("submissions", "list", "--province", "P34:68");

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("P34:68", "2026-Q1", "1 hồ sơ").isEqualTo(application.out());
        assertThat(asUsersStartIt("submissions", "list", "--quarter", "2025-Q1").out()).contains("0 hồ sơ");
    }

    @Test
    void aServerNamedInTheHomesConfigurationIsListedAsTheApplicationListsIt() throws Exception {
        TestPostgres.Database database = TestPostgres.shared().createDatabase("list-without-application");
        Files.writeString(Files.createDirectories(home.resolve("config")).resolve("application.yml"), """
                spring:
                  datasource:
                    url: %s
                    username: %s
                    password: "%s"
                """.formatted(database.jdbcUrl(), database.username(), database.password() == null ? "" : database.password()));
        Path workbook = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(home.resolve("in")));
        assertThat(asUsersStartIt("load", workbook.toString()).exitCode()).isZero();

        CliRun.Result plain = asUsersStartIt("submissions", "list");
        CliRun.Result application = new CliRun(database, home).run("submissions", "list");

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("P34:68", "2026-Q1", "1 hồ sơ").isEqualTo(application.out());
        assertThat(home.resolve("data").resolve("pg")).as("no embedded warehouse beside the server").doesNotExist();
    }

    @Test
    void aTemplateAsUsersStartItIsFilledWithLastQuartersProjectsAsTheApplicationFillsIt() throws Exception {
        Path workbook = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(home.resolve("in")));
        assertThat(asUsersStartIt("load", workbook.toString()).exitCode()).isZero();
        Path out = home.resolve("template.xlsx");

        CliRun.Result plain = asUsersStartIt("template", "--province", "P34:68", "--quarter", "2026-Q2", "--out", out.toString());
        CliRun.Result application = new CliRun(null, home)
                .run("template", "--province", "P34:68", "--quarter", "2026-Q2", "--out", out.toString());

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("P34:68", "2026-Q2", "3 dự án điền sẵn từ quý trước").isEqualTo(application.out());
    }

    @Test
    void aHomeWithoutAWarehouseIsRefusedNamingTheExpectedPlace() {
        CliRun.Result result = asUsersStartIt("submissions", "list");

        Path expected = home.resolve("data").resolve("pg");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(result.err()).contains("Chưa có kho dữ liệu ở " + expected).doesNotContain("Exception");
        assertThat(expected).doesNotExist();
    }

    private CliRun.Result asUsersStartIt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new LienketCli(new InstallationHome(home), ApplicationContextLauncher.NO_CUSTOMIZATION)
                .run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun.Result(exitCode, out.toString(), err.toString());
    }
}
