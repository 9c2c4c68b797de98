package vn.lienket.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.workbook.report.JsonReportWriter;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.rows.RowSink;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;
import vn.lienket.workbook.testing.ZipEdit;

/** Issue #18: what one workbook can cost is bounded, whatever the file holds. */
class LimitsTest {

    @TempDir
    Path dir;

    /**
     * The crafted file of the issue: one 32,000-character shared string (Excel's cell limit is 32,767)
     * in two number columns of 20,000 rows, well under 1 MB zipped. Each of the 40,000 problems used to
     * carry the text three times (value, Vietnamese and English message) and the list kept 10,000 of
     * them: about 1 GB of report. Now the list keeps 1,000 of a code and each value is shortened.
     */
    @Test
    void aSmallFileWhoseEveryProblemRepeatsAHugeTextGetsAReportOfAFewMegabytes() throws Exception {
        Path valid = WorkbookFixtures.valid().writeXlsx(dir);
        int huge = ZipEdit.text(valid, "xl/sharedStrings.xml").split("<si>", -1).length - 1;
        StringBuilder rows = new StringBuilder();
        for (int r = 5; r < 20_005; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c>")
                    .append("<c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>LD-").append(r).append("</t></is></c>")
                    .append("<c r=\"F").append(r).append("\" t=\"s\"><v>").append(huge).append("</v></c>")
                    .append("<c r=\"G").append(r).append("\" t=\"s\"><v>").append(huge).append("</v></c></row>");
        }
        Path file = ZipEdit.of(valid)
                .edit("xl/sharedStrings.xml", xml -> xml.replace("</sst>", "<si><t>" + "x".repeat(32_000) + "</t></si></sst>"))
                .edit("xl/worksheets/sheet2.xml", xml -> xml.replace("</sheetData>", rows + "</sheetData>"))
                .write(dir.resolve("crafted.xlsx"));
        assertThat(Files.size(file)).as("a small file").isLessThan(1_000_000);

        CheckResult result = Checks.runWith(file, RowSink.discard());
        String json = new JsonReportWriter().toJson(result.report(), Optional.empty());

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(json.length()).as("characters of report JSON").isLessThan(3_000_000);
        Map<String, Long> counts = result.report().countsByCode();
        String code = result.report().problems().stream().filter(p -> p.value() != null && p.value().startsWith("xxxx"))
                .findFirst().orElseThrow().code();
        assertThat(counts.get(code)).as("every problem is counted").isGreaterThanOrEqualTo(40_000);
        assertThat(result.report().problems().stream().filter(p -> p.code().equals(code)))
                .as("the list keeps the first 1,000 of a code").hasSize(1_000);
        assertThat(result.report().problemsTruncated()).isTrue();
        Problem first = result.report().problems().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        assertThat(first.value()).hasSize(200).endsWith("…");
        assertThat(first.messageVi().length() + first.messageEn().length()).isLessThan(1_000);
    }

    @Test
    void aCellLongerThanExcelAllowsMakesTheFileTooLarge() {
        Path file = ZipEdit.of(WorkbookFixtures.valid().writeXlsx(dir))
                .edit("xl/sharedStrings.xml", xml -> xml.replace("Khu du lịch sinh thái Đạ Sar", "x".repeat(40_000)))
                .write(dir.resolve("long-cell.xlsx"));

        CheckResult result = Checks.runWith(file, RowSink.discard());

        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.report().unreadableReason()).contains("TOO_LARGE");
        assertThat(result.report().problems().get(0).messageVi()).contains("vượt giới hạn an toàn");
    }

    @Test
    void moreSharedStringsThanAllowedMakeTheFileTooLarge() {
        Path file = WorkbookFixtures.valid().writeXlsx(dir);
        WorkbookLimits fewStrings = new WorkbookLimits(1_000_000, 10, 1_000_000, 32_767, 100, 10);

        CheckResult result = Checks.runWith(file, RowSink.discard(), fewStrings);

        assertThat(result.report().unreadableReason()).contains("TOO_LARGE");
        assertThat(result.report().unreadableDetail().orElseThrow()).contains("10 shared strings");
        assertThat(Checks.runWith(file, RowSink.discard()).verdict()).as("within the defaults").isEqualTo(Verdict.VALID);
    }

    @Test
    void aFileBiggerThanAllowedIsRefusedBeforeItIsOpened() throws Exception {
        Path file = WorkbookFixtures.valid().writeXlsx(dir);

        CheckResult result = Checks.runWith(file, RowSink.discard(), WorkbookLimits.DEFAULTS.withMaxFileBytes(1_000));

        assertThat(result.report().unreadableReason()).contains("TOO_LARGE");
        assertThat(result.report().unreadableDetail().orElseThrow()).contains(String.format("%,d bytes", Files.size(file)));
        assertThat(WorkbookLimits.DEFAULTS.maxFileBytes()).isEqualTo(50L * 1024 * 1024);
    }

    /**
     * One 200-million-character {@code <t>} in a few megabytes of zip (within the zip-bomb ratio):
     * the parser holds a text node whole, so without a bound on it the 256 MB a check runs in is gone
     * before the cell's length can be checked. It is refused as too large after a few hundred kB.
     */
    @Test
    void oneHugeTextIsRefusedAsTooLargeWithoutBeingHeldWhole() throws IOException {
        Path file = dir.resolve("huge-text.xlsx");
        long characters = 200_000_000L;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(WorkbookFixtures.valid().writeXlsx(dir)));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</sst>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    out.write("<si><t>".getBytes(StandardCharsets.UTF_8));
                    writeText(out, characters);
                    out.write(("</t></si>" + xml.substring(end)).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(file)).as("zipped, it passes the zip-bomb ratio").isGreaterThan(characters / 100);

        CheckResult result = Checks.runWith(file, RowSink.discard());

        assertThat(result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(result.report().unreadableReason()).contains("TOO_LARGE");
        assertThat(result.report().problems().get(0).messageVi()).contains("vượt giới hạn an toàn");
    }

    /** Letters that deflate about 1:60: mostly one letter, every 128th one at random. */
    private static void writeText(OutputStream out, long characters) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Random random = new Random(18);
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i % 128 == 0 ? 'a' + random.nextInt(26) : 'x');
        }
        for (long written = 0; written < characters; written += chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, characters - written));
        }
    }
}
