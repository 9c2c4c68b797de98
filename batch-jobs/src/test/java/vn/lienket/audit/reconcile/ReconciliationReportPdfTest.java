package vn.lienket.audit.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.ReportLanguage;

/**
 * The PDF an auditor files: the same report gives the same bytes (no clock, no random font prefix), the Vietnamese
 * text is extractable with every font embedded, and a difference comes first with its rows' lineage.
 */
class ReconciliationReportPdfTest {

    private static final String SHA = "ab".repeat(32);

    private final ReconciliationReport report = new ReconciliationReport(false, 1,
            List.of(new ReconciliationReport.SubmissionComparison(SHA, OffsetDateTime.parse("2026-04-10T09:30:15+07:00"),
                    "Sở Công Thương Lâm Đồng quý 1.xlsx", 3L, "loaded", "loaded", "v1", "v1", true)),
            List.of(new ReconciliationReport.FactGroupComparison("fact_ocop_snapshot", "2026-Q1", "P34:68", 2, 2, BigDecimal.ONE,
                            BigDecimal.ONE, true, List.of(), List.of()),
                    new ReconciliationReport.FactGroupComparison("fact_investment_snapshot", "2026-Q1", "P34:68", 3, 3,
                            BigDecimal.ONE, BigDecimal.TEN, false,
                            List.of(new ReconciliationReport.DifferingRow("{}", new Lineage(3, "Sở Công Thương Lâm Đồng quý 1.xlsx",
                                    SHA, "DuAn", 4))),
                            List.of(new ReconciliationReport.DifferingRow("{}", new Lineage(3, "Sở Công Thương Lâm Đồng quý 1.xlsx",
                                    SHA, "DuAn", 4))))),
            List.of());

    @Test
    void theSameReportGivesTheSameBytesWithVietnameseTextAndTheDifferenceFirstWithItsLineage() throws IOException {
        ReplayRange range = new ReplayRange(Quarter.parse("2026-Q1"), null, ProvinceId.parse("P34:68"));
        byte[] first = ReconciliationReportPdf.render(report, range, ReportLanguage.VI);
        byte[] again = ReconciliationReportPdf.render(report, range, ReportLanguage.VI);

        assertThat(again).isEqualTo(first);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Phạm vi: từ quý 2026-Q1, tỉnh P34:68", "1 khác biệt",
                    "chỉ có trong kho: hồ sơ 3, tệp Sở Công Thương Lâm Đồng quý 1.xlsx (abababababab), trang DuAn, dòng 4");
            assertThat(text.indexOf("fact_investment_snapshot")).as("the difference is listed first")
                    .isLessThan(text.indexOf("fact_ocop_snapshot"));
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(OffsetDateTime.parse("2026-04-10T09:30:15+07:00").toInstant());
        }
    }
}
