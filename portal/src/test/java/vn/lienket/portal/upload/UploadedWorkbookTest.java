package vn.lienket.portal.upload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadedWorkbookTest {

    @TempDir
    Path work;

    @Test
    void theClientsFileNameIsKeptAsTextAndNeverBecomesAPath() throws Exception {
        byte[] workbook = Files.readAllBytes(WorkbookFixtures.valid().writeXlsx(work));

        try (UploadedWorkbook upload = UploadedWorkbook.save(
                new MockMultipartFile("file", "../../etc/cron.d/quy1.xlsx", "text/plain", workbook), DataSize.ofMegabytes(1))) {
            assertThat(upload.originalFilename()).isEqualTo("quy1.xlsx");
            assertThat(upload.file().getFileName().toString()).startsWith("lienket-upload-").doesNotContain("quy1");
            assertThat(Files.readAllBytes(upload.file())).isEqualTo(workbook);
        }
        assertThat(UploadedWorkbook.displayName("C:\\\\Users\\\\lan\\\\..\\\\bao-cao.xlsx")).isEqualTo("bao-cao.xlsx");
        assertThat(UploadedWorkbook.displayName("..")).isEqualTo("upload.xlsx");
    }

    @Test
    void theBytesDecideNotTheNameNorTheDeclaredTypeAndTheSizeIsLimited() {
        MockMultipartFile html = new MockMultipartFile("file", "quy1.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "<html><body>not a workbook</body></html>".getBytes(StandardCharsets.UTF_8));
        MockMultipartFile large = new MockMultipartFile("file", "quy1.xlsx", "application/octet-stream", new byte[2048]);

        assertThatThrownBy(() -> UploadedWorkbook.save(html, DataSize.ofMegabytes(1)))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRefusedException.Reason.NOT_A_WORKBOOK));
        assertThatThrownBy(() -> UploadedWorkbook.save(large, DataSize.ofBytes(1024)))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRefusedException.Reason.TOO_LARGE));
    }
}
