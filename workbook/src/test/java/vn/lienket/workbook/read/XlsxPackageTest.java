package vn.lienket.workbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;
import vn.lienket.workbook.testing.ZipEdit;

/**
 * The package of a workbook read without POI's OPCPackage: relationships written the ways other tools
 * write them still lead to the sheets, and what POI's package reader refused is still refused (the
 * zip-bomb limits have tests of their own in {@link XlsxSourceTest} and the robustness corpus).
 */
class XlsxPackageTest {

    private static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";

    @TempDir
    Path dir;

    /**
     * The limits are POI's own defaults, written out in {@link XlsxPackage} because reading them from ZipSecureFile
     * starts POI's logging: a POI upgrade that moved them must move these too.
     */
    @Test
    void theZipBombLimitsAreZipSecureFilesDefaults() {
        assertThat(XlsxPackage.MAX_ENTRY_SIZE).isEqualTo(ZipSecureFile.getMaxEntrySize());
        assertThat(XlsxPackage.MIN_INFLATE_RATIO).isEqualTo(ZipSecureFile.getMinInflateRatio());
        assertThat(XlsxPackage.GRACE_ENTRY_SIZE).isEqualTo(ZipSecureFile.getGraceEntrySize());
        assertThat((long) XlsxPackage.MAX_ENTRIES).isEqualTo(ZipSecureFile.getMaxFileCount());
    }

    private Path original() {
        return WorkbookFixtures.valid().writeXlsx(dir);
    }

    private ZipEdit valid() {
        return ZipEdit.of(original());
    }

    /** Absolute targets, targets that climb out of the workbook's folder, and a part name in another case. */
    @Test
    void relationshipsWrittenAsOtherToolsWriteThemLeadToTheSheets() {
        String sheetFolder = "Target=\"worksheets/";
        Path absolute = valid().edit(RELATIONSHIPS, xml -> xml.replace(sheetFolder, "Target=\"/xl/worksheets/"))
                .write(dir.resolve("absolute.xlsx"));
        Path climbing = valid().edit(RELATIONSHIPS, xml -> xml.replace(sheetFolder, "Target=\"../xl/worksheets/"))
                .write(dir.resolve("climbing.xlsx"));
        Path otherCase = valid().edit(RELATIONSHIPS, xml -> xml.replace(sheetFolder + "sheet", "Target=\"Worksheets/Sheet"))
                .write(dir.resolve("other-case.xlsx"));
        Checks expected = Checks.run(original());

        for (Path file : new Path[] {absolute, climbing, otherCase}) {
            Checks checks = Checks.run(file);
            assertThat(checks.result.verdict()).as(file.getFileName().toString()).isEqualTo(Verdict.VALID);
            assertThat(checks.projects).as(file.getFileName().toString()).isEqualTo(expected.projects);
        }
    }

    @Test
    void aPartWithoutAContentTypeMakesThePackageCorrupt() {
        Path file = valid().put("xl/media/image1.png", new byte[] {1, 2, 3}).write(dir.resolve("untyped.xlsx"));

        assertCorrupt(file);
    }

    @Test
    void moreThanAThousandEntriesMakeThePackageCorrupt() {
        ZipEdit zip = valid().edit("[Content_Types].xml",
                xml -> xml.replaceFirst("<Default ", "<Default Extension=\"png\" ContentType=\"image/png\"/><Default "));
        for (int i = 0; i < 1000; i++) {
            zip.put("xl/media/image" + i + ".png", new byte[] {1});
        }

        assertCorrupt(zip.write(dir.resolve("crowded.xlsx")));
    }

    @Test
    void twoEntriesWhoseNamesDifferOnlyInCaseMakeThePackageCorrupt() {
        ZipEdit zip = valid();
        Path file = zip.put("XL/Workbook.xml", zip.text("xl/workbook.xml")).write(dir.resolve("twice.xlsx"));

        assertCorrupt(file);
    }

    private static void assertCorrupt(Path file) {
        Checks checks = Checks.run(file);
        assertThat(checks.result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(checks.problems()).extracting(Problem::code).containsExactly("FILE_UNREADABLE_CORRUPT");
    }
}
