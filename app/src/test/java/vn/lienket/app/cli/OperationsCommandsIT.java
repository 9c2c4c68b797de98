package vn.lienket.app.cli;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsCommandsIT {

    @TempDir
    Path work;

    @Test
    void recipientsAreAddedListedAndRemoved() {
        CliRun cli = new CliRun(TestPostgres.shared().createDatabase("recipients_command"), work);

        CliRun.Result added = cli.run("recipients", "add", "province:P34:68", "so-ct@lamdong.gov.vn", "--name", "Sở Công Thương Lâm Đồng");
        CliRun.Result again = cli.run("recipients", "add", "province:P34:68", "SO-CT@lamdong.gov.vn");
        cli.run("recipients", "add", "programme:HCMC_TN", "lanhdao@hcmc.gov.vn");
        CliRun.Result listed = cli.run("recipients", "list", "province:P34:68");
        CliRun.Result removed = cli.run("recipients", "remove", "province:P34:68", "so-ct@lamdong.gov.vn");
        CliRun.Result removedAgain = cli.run("recipients", "remove", "province:P34:68", "so-ct@lamdong.gov.vn");
        CliRun.Result all = cli.run("recipients", "list");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Đã thêm so-ct@lamdong.gov.vn vào province:P34:68.");
        assertThat(again.out()).contains("đã có trong province:P34:68");
        assertThat(listed.out()).contains("so-ct@lamdong.gov.vn").contains("Sở Công Thương Lâm Đồng")
                .doesNotContain("lanhdao@hcmc.gov.vn").contains("1 địa chỉ.");
        assertThat(removed.exitCode()).isZero();
        assertThat(removedAgain.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(all.out()).contains("programme:HCMC_TN").contains("lanhdao@hcmc.gov.vn").doesNotContain("so-ct@lamdong.gov.vn");
    }

    @Test
    void anUnknownListIsUnusableInput() {
        CliRun cli = new CliRun(TestPostgres.shared().createDatabase("recipients_unknown"), work);

        assertThat(cli.run("recipients", "add", "lam-dong", "a@b.vn").exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(cli.run("recipients", "add", "programme:NOPE", "a@b.vn").exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    }

    @Test
    void aQuartersDeadlineIsSetWithItsReasonAndStatusFollowsIt() {
        CliRun cli = new CliRun(TestPostgres.shared().createDatabase("deadlines_command"), work);
        cli.run("db", "migrate");

        CliRun.Result set = cli.run("deadlines", "set", "--quarter", "2026-Q1", "--date", "2026-04-30", "--reason", "Nghỉ lễ 30/4");
        CliRun.Result tooEarly = cli.run("deadlines", "set", "--quarter", "2026-Q1", "--date", "2026-03-31", "--reason", "sớm");
        CliRun.Result notADate = cli.run("deadlines", "set", "--quarter", "2026-Q1", "--date", "30/04/2026", "--reason", "x");
        CliRun.Result listed = cli.run("deadlines", "list");
        CliRun.Result status = cli.run("status", "--quarter", "2026-Q1");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("Đã đặt hạn nộp quý 2026-Q1: 30/04/2026.");
        assertThat(tooEarly.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(tooEarly.err()).contains("hạn phải từ 01/04/2026 đến 29/06/2026");
        assertThat(notADate.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(notADate.err()).contains("Ngày không hợp lệ: „30/04/2026“");
        assertThat(listed.out()).contains("2026-Q1").contains("30/04/2026").contains("15/04/2026").contains("Nghỉ lễ 30/4");
        assertThat(status.out()).contains("Quý 2026-Q1, hạn nộp 30/04/2026:");
    }

    @Test
    void aQuartersDeadlineIsRemovedAndTheRuleAppliesAgain() {
        TestPostgres.Database database = TestPostgres.shared().createDatabase("deadlines_remove");
        CliRun cli = new CliRun(database, work);
        cli.run("deadlines", "set", "--quarter", "2026-Q1", "--date", "2026-04-30", "--reason", "Nghỉ lễ 30/4");

        CliRun.Result removed = cli.run("deadlines", "remove", "--quarter", "2026-Q1");
        CliRun.Result again = cli.run("deadlines", "remove", "--quarter", "2026-Q1");
        CliRun.Result notAQuarter = cli.run("deadlines", "remove", "--quarter", "2026-Q5");
        CliRun.Result status = cli.run("status", "--quarter", "2026-Q1");

        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Đã bỏ hạn nộp đặt riêng của quý 2026-Q1 (30/04/2026); quý này lại theo quy định: 15/04/2026.");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(again.out()).contains("Quý 2026-Q1 không có hạn nộp đặt riêng; hạn theo quy định: 15/04/2026.");
        assertThat(notAQuarter.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(status.out()).contains("Quý 2026-Q1, hạn nộp 15/04/2026:");
        assertThat(JdbcClient.create(database.dataSource()).sql("SELECT details ->> 'by' FROM audit_log WHERE action = 'deadline-removed'")
                .query(String.class).list()).containsExactly(System.getProperty("user.name"));
    }

    @Test
    void statusShowsTheScheduleAndWhereEachProvinceStands() {
        CliRun cli = new CliRun(TestPostgres.shared().createDatabase("status_command"), work);
        cli.run("load", WorkbookFixtures.valid().writeXlsx(work).toString());

        CliRun.Result status = cli.run("status", "--quarter", "2026-Q1");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("Lịch chạy (cụm Quartz):").contains("Lần chạy gần nhất:")
                .contains("Quý 2026-Q1, hạn nộp 15/04/2026:");
        assertThat(status.out().lines().filter(line -> line.startsWith("P34:68")).findFirst())
                .hasValueSatisfying(line -> assertThat(line).contains("Lâm Đồng").contains("HCMC_TN").contains("trễ hạn"));
        assertThat(status.out()).contains("chưa nộp");
        assertThat(status.out().lines().filter(line -> line.startsWith("Chưa có người nhận thư")).findFirst())
                .hasValueSatisfying(line -> assertThat(line).contains("P34:68").contains("HCMC_TN"));

        assertThat(cli.run("recipients", "add", "province:P34:68", "so-ct@lamdong.gov.vn").exitCode()).isZero();
        assertThat(cli.run("status", "--quarter", "2026-Q1").out().lines()
                .filter(line -> line.startsWith("Chưa có người nhận thư")).findFirst())
                .hasValueSatisfying(line -> assertThat(line).doesNotContain("P34:68").contains("HCMC_TN"));
    }

    @Test
    void serveInstallsTheScheduleRunsItAndStatusShowsTheRuns() {
        CliRun cli = new CliRun(TestPostgres.shared().createDatabase("serve_command"), work, Map.of("server.port", "0"));

        CliRun.Result serve = cli.run("serve", "--duration", "PT3S");
        CliRun.Result status = cli.run("status");

        assertThat(serve.exitCode()).as(serve.err()).isZero();
        assertThat(serve.out()).contains("inbox-scan, reminders, scorecards, mail-retry");
        assertThat(serve.out()).containsPattern("Cổng thông tin: http://localhost:[1-9][0-9]*/");
        assertThat(status.out()).contains("inbox-scan").contains("0 */5 * * * ?").contains("Asia/Ho_Chi_Minh")
                .contains("Quý 2026-Q3, hạn nộp 15/10/2026:");
    }

    @Test
    void everyOperationsCommandHasHelp() {
        CliRun cli = new CliRun(null);

        assertThat(cli.run("serve", "--help").out()).contains("--duration").contains("bộ lập lịch");
        assertThat(cli.run("status", "--help").out()).contains("Xem lịch chạy").contains("Quý cần xem");
        assertThat(cli.run("recipients", "add", "--help").out()).contains("province:THỜI_KỲ:MÃ");
        assertThat(cli.run("db", "status", "--help").out()).doesNotContain("Xem lịch chạy");
    }
}
