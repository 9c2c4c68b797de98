package vn.lienket.workbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;

class TextReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void theVerdictListsCountsPerSheetAndTheFirstProblemsInVietnamese() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", -5)
                .set("DuAn", 4, "Nhà đầu tư", null), dir);

        String text = new TextReportWriter().render(checks.result.report(), checks.result.cover(),
                Locale.forLanguageTag("vi"), 1);

        assertThat(text.lines()).containsExactly(
                "Tệp workbook.xlsx: CÓ LỖI — 2 lỗi, 0 cảnh báo, 0 ghi chú. Sửa các lỗi rồi gửi lại.",
                "Đơn vị báo cáo: Lâm Đồng (P34:68), kỳ 2026-Q1.",
                "Trang tính | dòng đọc | nhận | loại | bỏ qua | lỗi | cảnh báo",
                "BiaBaoCao | 0 | 0 | 0 | 0 | 0 | 0",
                "DuAn | 3 | 1 | 2 | 0 | 2 | 0",
                "OCOP | 2 | 2 | 0 | 0 | 0 | 0",
                "SuKien | 1 | 1 | 0 | 0 | 0 | 0",
                "Các vấn đề đầu tiên:",
                "[Lỗi] DuAn!F3 INV_CAPITAL_NEGATIVE: Vốn ở cột \"Vốn đăng ký (tỷ đồng)\" không được âm (đang ghi -5).",
                "… và 1 vấn đề khác (xem bản sao có chú thích hoặc dùng --json).");
    }

    @Test
    void anUnreadableFileInEnglish() {
        Checks checks = Checks.run(Path.of("pom.xml").toAbsolutePath());

        String text = new TextReportWriter().render(checks.result.report(), checks.result.cover(), Locale.ENGLISH, 5);

        assertThat(text.lines()).first().isEqualTo("File pom.xml: UNREADABLE.");
        assertThat(text).contains("[Error] FILE_UNREADABLE_NOT_EXCEL: File \"pom.xml\" is not an Excel workbook");
    }
}
