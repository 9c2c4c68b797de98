package vn.lienket.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandIT {

    @TempDir
    static Path work;

    private static long countPdfs(String output) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("Đã lập (\\d+) bảng đánh giá").matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private final TestPostgres.Database database = TestPostgres.shared().createDatabase("demo");
    private final CliRun cli = new CliRun(database, work);

    @Test
    void theDemoLoadsNineQuartersAcrossTheMergerRejectsTheFlawedFilesAndIsRepeatable() throws Exception {
        Path out = work.resolve("out");
        CliRun.Result first = cli.run("demo", "--work-dir", work.resolve("demo").toString(), "--out", out.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("Đã xử lý 78 tệp mẫu: 76 được nạp, 2 bị từ chối (cố ý), 0 đã có từ lần chạy trước.")
                .contains("Hộp thư đến (tệp của Cà Mau quý 2026-Q3 gửi qua thư mục nhận): thấy 1 tệp, nạp 1, từ chối 0")
                .contains("Tác vụ định kỳ \"gửi bảng đánh giá sau hạn\", chạy như ngày 2026-10-16: quý 2026-Q3, ")
                .as("no English fragment in the Vietnamese summary")
                .doesNotContain("seen ", "processed ", "scorecards, ", "mails ", "waiting for SMTP")
                .contains("DuAn!F3: Vốn ở cột \"Vốn đăng ký (tỷ đồng)\" không được âm")
                .contains("Tỉnh Ninh Thuận (P63:58) đã sáp nhập vào Khánh Hòa từ ngày 01/07/2025; hãy dùng Khánh Hòa, mã P34:56.");
        java.util.regex.Matcher account = java.util.regex.Pattern.compile("• lamdong \\(submitter\\): (\\S+)")
                .matcher(first.out());
        assertThat(account.find()).as("the demo prints the submitter account and its password once").isTrue();
        try (var connection = database.connect(); var statement = connection.createStatement();
             var hash = statement.executeQuery("SELECT password_hash FROM portal_user WHERE username = 'lamdong'")) {
            hash.next();
            assertThat(hash.getString(1)).as("stored as a bcrypt hash, never as the password").startsWith("{bcrypt}")
                    .doesNotContain(account.group(1));
            assertThat(org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()
                    .matches(account.group(1), hash.getString(1))).as("the printed password signs in").isTrue();
        }
        try (var connection = database.connect(); var statement = connection.createStatement();
             var lamDong = statement.executeQuery("""
                     SELECT count(*) FILTER (WHERE status_code = 'completed_operating'),
                            count(*) FILTER (WHERE status_code = 'partially_completed'),
                            count(*) FILTER (WHERE status_code = 'under_implementation'), count(*)
                     FROM v_investment_current WHERE era_code = 'P63' AND province_code = '68' AND quarter_label = '2025-Q2'""")) {
            lamDong.next();
            assertThat(new int[] {lamDong.getInt(1), lamDong.getInt(2), lamDong.getInt(3), lamDong.getInt(4)})
                    .as("Lâm Đồng's public figures: 139 projects, 86 / 27 / 26").containsExactly(86, 27, 26, 139);
        }
        try (var connection = database.connect(); var statement = connection.createStatement();
             var bacLieu = statement.executeQuery("""
                     SELECT sum(products_recognised) FILTER (WHERE star = 3), sum(products_recognised) FILTER (WHERE star = 4),
                            sum(producers), sum(pending_five_star)
                     FROM v_ocop_current WHERE era_code = 'P63' AND province_code = '95' AND quarter_label = '2025-Q2'""")) {
            bacLieu.next();
            assertThat(new int[] {bacLieu.getInt(1), bacLieu.getInt(2), bacLieu.getInt(3), bacLieu.getInt(4)})
                    .as("Bạc Liêu's public OCOP figures").containsExactly(114, 31, 69, 2);
        }

        assertThat(first.out()).containsPattern("Đã lập \\d+ bảng đánh giá");
        List<Path> programmeScorecards;
        try (var files = Files.walk(out)) {
            programmeScorecards = files.filter(f -> f.getFileName().toString().matches("HCMC_(TN|DHTB)_2026-Q3_current_vi_.*\\.pdf")).toList();
        }
        assertThat(programmeScorecards).hasSize(2);
        try (PDDocument pdf = Loader.loadPDF(programmeScorecards.get(0).toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Lâm Đồng", "Đắk Lắk");
        }

        CliRun.Result again = cli.run("demo", "--work-dir", work.resolve("demo-again").toString(), "--out", out.toString());
        assertThat(again.out()).contains("0 được nạp, 0 bị từ chối (cố ý), 78 đã có từ lần chạy trước.")
                .as("a rerun prints no new password").doesNotContain("• lamdong (submitter)");
        try (var files = Files.walk(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count())
                    .as("a rerun adds no scorecard file").isEqualTo(countPdfs(first.out()));
        }

        Path elsewhere = work.resolve("out-rendered-again");
        CliRun.Result rendered = cli.run("report", "--quarter", "2026-Q3", "--out", elsewhere.toString());
        assertThat(rendered.exitCode()).as(rendered.err()).isZero();
        Map<String, Path> fresh = scorecardFiles(elsewhere);
        Map<String, Path> demo = scorecardFiles(out);
        assertThat(fresh).as("a new render of 2026-Q3 (both programmes and every member province, PDF and XLSX)")
                .hasSizeGreaterThanOrEqualTo(2 * 2);
        assertThat(demo).as("the demo's files of the same names").containsKeys(fresh.keySet().toArray(String[]::new));
        for (Map.Entry<String, Path> file : fresh.entrySet()) {
            assertThat(Files.mismatch(file.getValue(), demo.get(file.getKey())))
                    .as("a render into another directory gives the demo's bytes: " + file.getKey()).isEqualTo(-1L);
        }
    }

    /** The scorecard files (PDF and XLSX) under a directory, by file name. */
    private static Map<String, Path> scorecardFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".xlsx"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString(), f -> f));
        }
    }
}
