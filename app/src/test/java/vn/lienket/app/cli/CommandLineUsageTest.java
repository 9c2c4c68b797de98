package vn.lienket.app.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineUsageTest {

    private final CliRun cli = new CliRun(null);

    @Test
    void versionNamesTheProduct() {
        CliRun.Result result = cli.run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Liên kết");
    }

    @Test
    void helpIsInVietnameseAndListsTheDatabaseCommands() {
        CliRun.Result result = cli.run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Cách dùng:", "Lệnh:", "db", "Mã thoát");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        CliRun.Result result = cli.run("db", "migrate", "--no-such-option");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(result.err()).contains("--no-such-option");
    }
}
