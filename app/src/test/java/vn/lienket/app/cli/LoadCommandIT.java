package vn.lienket.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class LoadCommandIT {

    @TempDir
    static Path work;

    private final CliRun cli = new CliRun(TestPostgres.shared().createDatabase("load_command"), work);

    @Test
    void aDepartmentLoadsAFolderSeesWhatWasRejectedAndWhyThenResubmits() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.move(WorkbookFixtures.valid().writeXlsx(work), inbox.resolve("lam-dong-2026-q1.xlsx"));
        Files.move(WorkbookFixtures.valid().cover("Kỳ báo cáo", "2026-Q2").set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", -5)
                .writeXlsx(work), inbox.resolve("lam-dong-2026-q2.xlsx"));

        CliRun.Result load = cli.run("load", inbox.toString(), "--uploader", "sct-lamdong");

        assertThat(load.exitCode()).as(load.err()).isEqualTo(ExitCodes.REJECTED);
        assertThat(load.out())
                .contains("lam-dong-2026-q1.xlsx", "đã nạp", "P34:68", "2026-Q1")
                .contains("lam-dong-2026-q2.xlsx", "bị từ chối")
                .contains("DuAn!F2")
                .contains("Tổng cộng 2 tệp: 1 được chấp nhận, 1 bị từ chối, 0 chưa hoàn tất.");

        CliRun.Result again = cli.run("load", inbox.resolve("lam-dong-2026-q1.xlsx").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("đã xử lý trước đó (đã nạp)");

        Path v2 = Files.createDirectories(work.resolve("v2"));
        cli.run("load", WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .set("DuAn", 3, "Tình trạng", "Đang thực hiện").writeXlsx(v2).toString());
        CliRun.Result list = cli.run("submissions", "list", "--province", "P34:68", "--quarter", "2026-Q1");
        assertThat(list.out()).contains("đã được thay thế → 3", "đã nạp", "2 hồ sơ.", "Mẫu")
                .as("each checked under contract v1").containsPattern("(?m)^1 .*  v1$").containsPattern("(?m)^3 .*  v1$");

        CliRun.Result diff = cli.run("submissions", "diff", "3");
        assertThat(diff.out()).as("headers and list labels as the workbook shows them")
                .contains("Khác biệt của hồ sơ 3 so với hồ sơ 1", "LD-002", "sửa", "Vốn đăng ký (tỷ đồng)", "420.000", "450.000",
                        "Tình trạng", "Hoàn thành một phần", "Đang triển khai")
                .doesNotContain("registered_capital_bn", "under_implementation");
    }

    @Test
    void aMissingFileIsUnusableInput() {
        CliRun.Result result = cli.run("load", work.resolve("khong-co.xlsx").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(result.err()).contains("Không tìm thấy tệp hoặc thư mục");
    }
}
