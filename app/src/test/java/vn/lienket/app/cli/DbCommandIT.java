package vn.lienket.app.cli;

import org.junit.jupiter.api.Test;
import vn.lienket.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

class DbCommandIT {

    private final CliRun cli = new CliRun(TestPostgres.shared().createDatabase("db_command"));

    @Test
    void statusReportsPendingChangesUntilMigrateAppliesThem() {
        CliRun.Result before = cli.run("db", "status");
        assertThat(before.exitCode()).as(before.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(before.out()).contains("lienket db migrate");

        CliRun.Result migrate = cli.run("db", "migrate");
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out())
                .contains("Tỉnh/thành thời kỳ P63: 63")
                .contains("Tỉnh/thành thời kỳ P34: 34")
                .contains("Bảng chuyển đổi 63 → 34: 63 dòng");

        CliRun.Result after = cli.run("db", "status");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("Lược đồ đã cập nhật.");

        CliRun.Result again = cli.run("db", "migrate");
        assertThat(again.out()).contains("không có gì để áp dụng");
    }
}
