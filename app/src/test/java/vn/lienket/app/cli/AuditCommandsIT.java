package vn.lienket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Statement;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

class AuditCommandsIT {

    @TempDir
    Path work;

    @Test
    void anAuditorFindsAnAuditEntryAlteredBehindTheApplicationsBackAtItsPosition() throws Exception {
        TestPostgres.Database warehouse = TestPostgres.shared().createDatabase("audit_cli_chain");
        CliRun cli = new CliRun(warehouse, work);
        cli.run("load", WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("v1"))).toString());
        cli.run("load", WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2"))).toString());
        cli.run("replay");
        cli.run("recipients", "add", "programme:HCMC_TN", "lanhdao@tphcm.gov.vn");

        CliRun.Result intact = cli.run("audit", "verify");
        CliRun.Result all = cli.run("audit", "list");
        CliRun.Result firstSubmission = cli.run("audit", "list", "--submission", "1");
        CliRun.Result secondSubmission = cli.run("audit", "list", "--submission", "2");

        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("Nhật ký kiểm toán nguyên vẹn");
        assertThat(all.out()).contains("replayed", "recipient-added", "lanhdao@tphcm.gov.vn");
        assertThat(firstSubmission.out()).contains("received", "loaded", "superseded", "3 mục.");
        assertThat(secondSubmission.out()).contains("received", "loaded", "2 mục.").doesNotContain("superseded");

        superuser(warehouse, "UPDATE audit_log SET actor = 'someone else' WHERE chain_position = 2");
        CliRun.Result broken = cli.run("audit", "verify");

        assertThat(broken.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(broken.out()).contains("bị đứt tại vị trí 2", "đã bị sửa sau khi ghi");
        assertThat(cli.run("audit", "list", "--since", "last tuesday").exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    }

    @Test
    void anAuditorFindsAChangedADeletedAndAnAddedArchiveFileAndAReceiptTheRegistryContradicts() throws Exception {
        TestPostgres.Database warehouse = TestPostgres.shared().createDatabase("audit_cli_archive");
        CliRun cli = new CliRun(warehouse, work);
        Path first = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("v1")));
        cli.run("load", first.toString());
        cli.run("load", WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2"))).toString());
        cli.run("load", WorkbookFixtures.valid().cover("Kỳ báo cáo", "2026-Q2")
                .writeXlsx(Files.createDirectories(work.resolve("q2"))).toString());

        CliRun.Result clean = cli.run("archive", "verify");
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("3 tệp, 3 biên nhận, 3 hồ sơ", "Kho lưu trữ nguyên vẹn");

        Path[] archived = archivedWorkbooks();
        archived[0].toFile().setWritable(true);
        Files.write(archived[0], new byte[] {'P', 'K', 3, 4}, StandardOpenOption.APPEND);
        Files.delete(archived[1]);
        Path added = Files.copy(first, work.resolve("archive").resolve("extra.xlsx"));
        try (var connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE submission SET contract_version = 'v2' WHERE submission_id = 3");
        }
        CliRun.Result damaged = cli.run("archive", "verify");

        assertThat(damaged.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(damaged.out()).contains("tệp bị sửa", archived[0].getFileName().toString(),
                "thiếu tệp", archived[1].getFileName().toString().substring(0, 64),
                "tệp không đăng ký", added.getFileName().toString(),
                "biên nhận khác sổ đăng ký", "4 vấn đề");
    }

    private Path[] archivedWorkbooks() throws Exception {
        try (Stream<Path> files = Files.walk(work.resolve("archive"))) {
            return files.filter(path -> path.getFileName().toString().endsWith(".xlsx")).sorted().toArray(Path[]::new);
        }
    }

    /** What a superuser can do behind the application's back: switch the append-only trigger off, change the log, switch it on. */
    private static void superuser(TestPostgres.Database database, String change) throws Exception {
        try (var connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
            statement.execute(change);
            statement.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete");
        }
    }
}
