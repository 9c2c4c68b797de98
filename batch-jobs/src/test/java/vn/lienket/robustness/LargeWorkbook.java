package vn.lienket.robustness;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.write.SubmissionWorkbookWriter;

/**
 * A valid workbook (2026-Q1 unless told) of one province with many investment projects, one OCOP count
 * and one event, streamed by {@link SubmissionWorkbookWriter} in constant heap; its bytes depend only on
 * the arguments, so the same call gives the same SHA-256. Project {@code i} is coded {@code P<code>-<i>}
 * in every quarter, with a registered capital of 10.5 billion VND unless it is a multiple of
 * {@code capitalTimesTwentyEvery}.
 */
final class LargeWorkbook {

    private static final Quarter FIRST_QUARTER = Quarter.parse("2026-Q1");
    private static final BigDecimal CAPITAL = BigDecimal.valueOf(10.5);
    private static final ProvinceId HO_CHI_MINH_CITY = new ProvinceId("P34", "79");

    private LargeWorkbook() {
    }

    /** Fact rows a load of such a workbook yields: the projects, the OCOP count and the event. */
    static long factRows(int projects) {
        return projects + 2L;
    }

    static Path write(Path file, ProvinceId province, String provinceName, int projects) throws IOException {
        return write(file, province, provinceName, FIRST_QUARTER, projects, 0);
    }

    /** {@code capitalTimesTwentyEvery}: every project whose number is a multiple of it has 20 × the capital (0: none). */
    static Path write(Path file, ProvinceId province, String provinceName, Quarter quarter, int projects,
                      int capitalTimesTwentyEvery) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file);
             SubmissionWorkbookWriter writer = new SubmissionWorkbookWriter(WorkbookContracts.released().latest(), out)) {
            writer.cover(new CoverInfo(province, provinceName, quarter, "Phòng Hợp tác", "028 3823 6666", "v1"));
            for (int i = 1; i <= projects; i++) {
                boolean timesTwenty = capitalTimesTwentyEvery > 0 && i % capitalTimesTwentyEvery == 0;
                writer.investmentProject(InvestmentProjectRow.builder()
                        .set("project_code", String.format("P%s-%07d", province.code(), i))
                        .set("project_name", "Dự án mở rộng " + i).set("investor", "Công ty CP Sài Gòn " + (i % 5_000))
                        .set("sector", "tourism")
                        .set("registered_capital", timesTwenty ? CAPITAL.multiply(BigDecimal.valueOf(20)) : CAPITAL)
                        .set("disbursed_capital", BigDecimal.valueOf(5)).set("area_ha", BigDecimal.valueOf(1.25))
                        .set("status", "under_implementation").set("licence_date", LocalDate.of(2024, 1, 15))
                        .set("jobs", 12L).build());
            }
            writer.ocopCount(new OcopCountRow(null, 0, "OCOP148-1", 3, 80, 3L, 2L, 40L, 0L));
            writer.promotionEvent(new PromotionEventRow(null, 0, "Hội nghị kết nối cung – cầu " + provinceName,
                    "supply_demand_conference", quarter.firstDay().plusDays(20), quarter.firstDay().plusDays(21),
                    HO_CHI_MINH_CITY, List.of(province), "ITPC", "bilateral", 40L, 120L, 60L, 2L, BigDecimal.TEN, 5000L));
        }
        return file;
    }
}
