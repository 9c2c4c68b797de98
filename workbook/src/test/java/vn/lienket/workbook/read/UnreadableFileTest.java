package vn.lienket.workbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.HostileFiles;
import vn.lienket.workbook.testing.WorkbookFixtures;

/** Files that are not readable workbooks get verdict "unreadable" (exit code 2) and a reason, never a stack trace. */
class UnreadableFileTest {

    @TempDir
    Path dir;

    private Problem unreadable(Path file, UnreadableReason reason) {
        Checks checks = Checks.run(file);
        assertThat(checks.result.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(checks.result.exitCode()).isEqualTo(2);
        assertThat(checks.result.report().unreadableReason()).contains(reason.name());
        return checks.only("FILE_UNREADABLE_" + reason.name());
    }

    @Test
    void anEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("baocao.xlsx"));

        assertThat(unreadable(file, UnreadableReason.EMPTY).messageVi()).contains("\"baocao.xlsx\" rỗng");
    }

    @Test
    void aCsvRenamedToXlsx() throws Exception {
        Path file = Files.writeString(dir.resolve("baocao.xlsx"), "Mã dự án;Tên dự án\nLD-001;Khu du lịch\n",
                StandardCharsets.UTF_8);

        assertThat(unreadable(file, UnreadableReason.NOT_EXCEL).messageVi()).contains("không phải là tệp Excel");
    }

    @Test
    void anExcel95Workbook() {
        Path file = HostileFiles.excel95(dir.resolve("baocao-excel95.xls"));

        assertThat(unreadable(file, UnreadableReason.OLD_FORMAT).messageVi())
                .isEqualTo("Tệp \"baocao-excel95.xls\" ở định dạng Excel 95 hoặc cũ hơn. Hãy lưu lại dạng .xlsx.");
    }

    /** Excel 2.x–4.0 files are bare BIFF records, not even OLE2: still a workbook, just too old. */
    @Test
    void anExcel4Workbook() throws Exception {
        Path file = dir.resolve("baocao-excel4.xls");
        Files.write(file, new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00});

        unreadable(file, UnreadableReason.OLD_FORMAT);
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        Path plain = WorkbookFixtures.valid().writeXlsx(dir);
        Path encrypted = dir.resolve("matkhau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(unreadable(encrypted, UnreadableReason.ENCRYPTED).messageVi()).contains("đặt mật khẩu");
    }

    @Test
    void aTruncatedDownload() throws Exception {
        byte[] whole = Files.readAllBytes(WorkbookFixtures.valid().writeXlsx(dir));
        Path file = Files.write(dir.resolve("dang-tai.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(unreadable(file, UnreadableReason.CORRUPT).messageVi()).contains("bị hỏng");
    }

    @Test
    void aWordDocumentOrABinaryWorkbookRenamedXlsx() throws Exception {
        for (String[] main : List.of(
                new String[] {"word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"},
                new String[] {"xl/workbook.bin", "application/vnd.ms-excel.sheet.binary.macroEnabled.main"})) {
            Path file = dir.resolve(main[0].replace('/', '-') + ".xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/"
                        + main[0] + "\" ContentType=\"" + main[1] + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry(main[0]));
                zip.write(new byte[] {1, 2, 3});
            }

            assertThat(unreadable(file, UnreadableReason.NOT_EXCEL).messageVi()).contains("không phải là tệp Excel");
        }
    }

    @Test
    void anOfficeFileThatIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("congvan.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        unreadable(file, UnreadableReason.NOT_EXCEL);
    }
}
