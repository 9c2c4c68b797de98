package vn.lienket.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandIT {

    @TempDir
    static Path work;

    private final CliRun cli = new CliRun(TestPostgres.shared().createDatabase("report_command"), work);

    @Test
    void anOperatorRendersAProgrammeAndAProvinceSeesTheFilesAndGetsTheSameOnesAgain() throws Exception {
        Path workbook = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("in")));
        assertThat(cli.run("load", workbook.toString()).exitCode()).isZero();
        Path out = work.resolve("scorecards");

        CliRun.Result first = cli.run("report", "--quarter", "2026-Q1", "--programme", "HCMC_TN", "--province", "P34:68",
                "--out", out.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        List<Path> pdfs = files(out, ".pdf");
        assertThat(pdfs).hasSize(2);
        assertThat(files(out, ".xlsx")).hasSize(2);
        for (Path pdf : pdfs) {
            assertThat(first.out()).contains(out.relativize(pdf).toString(), sha256(pdf).substring(0, 12));
        }
        assertThat(first.out()).contains("HCMC_TN", "TP.HCM – Tây Nguyên", "P34:68", "Lâm Đồng (P34:68)",
                "Có 2 bảng điểm quý 2026-Q1");

        CliRun.Result again = cli.run("report", "--quarter", "2026-Q1", "--programme", "HCMC_TN", "--province", "P34:68",
                "--out", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(files(out, ".pdf")).containsExactlyInAnyOrderElementsOf(pdfs);
        for (Path pdf : pdfs) {
            assertThat(again.out()).contains(sha256(pdf).substring(0, 12));
        }
    }

    @Test
    void anEnglishAsSubmittedScorecardGoesToItsOwnFile() throws Exception {
        Path out = work.resolve("english");

        CliRun.Result result = cli.run("report", "--quarter", "2026-Q1", "--province", "P34:68", "--lang", "en",
                "--view", "as-submitted", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(files(out, ".pdf")).singleElement()
                .satisfies(pdf -> assertThat(pdf.getFileName().toString()).startsWith("P34-68_2026-Q1_as_submitted_en_"));
    }

    /** Before the 2025 merger a scorecard without --view shows the provinces as they reported; after it, today's. */
    @Test
    void withoutAViewAQuarterBeforeTheMergerIsAsSubmittedAndALaterOneCurrent() throws Exception {
        Path out = work.resolve("default-view");

        CliRun.Result before = cli.run("report", "--quarter", "2025-Q2", "--province", "P63:68", "--out", out.toString());
        CliRun.Result after = cli.run("report", "--quarter", "2025-Q3", "--province", "P34:68", "--out", out.toString());

        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(files(out, ".pdf")).extracting(pdf -> pdf.getFileName().toString().replaceAll("_[0-9a-f]+\\.pdf$", ""))
                .containsExactlyInAnyOrder("P34-68_2025-Q3_current_vi", "P63-68_2025-Q2_as_submitted_vi");
    }

    @Test
    void anUnknownProgrammeOrViewIsUnusableInput() {
        CliRun.Result unknown = cli.run("report", "--quarter", "2026-Q1", "--programme", "HCMC_XX",
                "--out", work.resolve("none").toString());
        CliRun.Result badView = cli.run("report", "--quarter", "2026-Q1", "--view", "yesterday",
                "--out", work.resolve("none").toString());

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(unknown.err()).contains("HCMC_XX");
        assertThat(badView.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(badView.err()).contains("yesterday");
    }

    private static List<Path> files(Path directory, String extension) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
