package vn.lienket.workbook.write;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.testing.Checks;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionWorkbookWriterTest {

    @TempDir
    Path work;

    @Test
    void whatIsWrittenChecksBackToTheSameRows() throws Exception {
        CoverInfo cover = new CoverInfo(ProvinceId.parse("P34:68"), "Lâm Đồng", Quarter.parse("2026-Q1"),
                "Nguyễn Thị Lan", "0263 3822 111", "v1");
        InvestmentProjectRow project = InvestmentProjectRow.builder("DuAn", 2).set("project_code", "LD-001")
                .set("project_name", "Khu du lịch sinh thái Đạ Sar").set("investor", "Công ty CP Du lịch Sài Gòn")
                .set("sector", "tourism").set("registered_capital", new BigDecimal("1250.5"))
                .set("disbursed_capital", new BigDecimal("800")).set("area_ha", new BigDecimal("120.5"))
                .set("status", "completed_operating").set("licence_date", LocalDate.of(2019, 3, 15))
                .set("operation_date", LocalDate.of(2021, 6, 1)).set("jobs", 350L).build();
        OcopCountRow ocop = new OcopCountRow("OCOP", 2, "OCOP148-1", 4, 31, 1L, 6L, 20L, 2L);
        PromotionEventRow event = new PromotionEventRow("SuKien", 2, "Tuần lễ giới thiệu sản phẩm Lâm Đồng tại TP.HCM",
                "exhibition_week", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 18), ProvinceId.parse("P34:79"),
                List.of(ProvinceId.parse("P34:68"), ProvinceId.parse("P34:66")), "ITPC", "bilateral",
                60L, 170L, 250L, 5L, new BigDecimal("12.5"), 15000L);
        Path file = work.resolve("lam-dong-2026-q1.xlsx");
        try (OutputStream out = Files.newOutputStream(file);
             SubmissionWorkbookWriter writer = new SubmissionWorkbookWriter(WorkbookContracts.released().latest(), out)) {
            writer.cover(cover);
            writer.investmentProject(project);
            writer.ocopCount(ocop);
            writer.promotionEvent(event);
        }

        Checks checks = Checks.run(file);

        assertThat(checks.result.verdict()).as("%s", checks.problems()).isEqualTo(Verdict.VALID);
        assertThat(checks.covers).singleElement().satisfies(read -> {
            assertThat(read.province()).isEqualTo(cover.province());
            assertThat(read.quarter()).isEqualTo(cover.quarter());
        });
        assertThat(checks.projects).singleElement().usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(project);
        assertThat(checks.ocopCounts).singleElement().isEqualTo(ocop);
        assertThat(checks.events).singleElement().usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(event);
    }
}
