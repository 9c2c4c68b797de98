package vn.lienket.app.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.write.SubmissionWorkbookWriter;

/** Valid workbooks of any size for the benchmarks, the same bytes for the same seed. */
final class BenchmarkWorkbooks {

    private static final List<String> SECTORS = List.of("agriculture", "agro_processing", "manufacturing", "tourism",
            "energy", "real_estate", "trade_services", "logistics", "healthcare_education", "other");
    private static final List<String> STATUSES = List.of("completed_operating", "partially_completed",
            "under_implementation", "suspended");

    private BenchmarkWorkbooks() {
    }

    /** A workbook with {@code projects} investment rows, two OCOP rows of {@code ocopGroup} and one event. */
    static Path write(Path file, ProvinceId province, String provinceName, Quarter quarter, String ocopGroup, int projects,
                      long seed)
            throws IOException {
        return write(file, province, provinceName, quarter, ocopGroup, projects, seed, false);
    }

    /**
     * The same workbook with one error a department makes: the first project's registered capital is
     * negative ({@code INV_CAPITAL_NEGATIVE}), so the whole file is rejected.
     */
    static Path writeFlawed(Path file, ProvinceId province, Quarter quarter, String ocopGroup, int projects, long seed)
            throws IOException {
        return write(file, province, null, quarter, ocopGroup, projects, seed, true);
    }

    private static Path write(Path file, ProvinceId province, String provinceName, Quarter quarter, String ocopGroup,
                              int projects, long seed, boolean negativeCapital)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file);
             SubmissionWorkbookWriter writer = new SubmissionWorkbookWriter(WorkbookContracts.released().latest(), out)) {
            writer.cover(new CoverInfo(province, provinceName, quarter, "Phòng Hợp tác", "028 3823 6666", "v1"));
            for (int i = 1; i <= projects; i++) {
                BigDecimal registered = BigDecimal.valueOf(random.nextInt(10, 500_000), 1);
                if (negativeCapital && i == 1) {
                    registered = registered.negate();
                }
                BigDecimal disbursed = registered.multiply(BigDecimal.valueOf(random.nextInt(0, 101), 2)).setScale(1, java.math.RoundingMode.HALF_UP);
                InvestmentProjectRow.Builder project = InvestmentProjectRow.builder()
                        .set("project_code", "DA-%07d".formatted(i)).set("project_name", "Dự án đầu tư số " + i)
                        .set("investor", "Công ty CP Đầu tư Sài Gòn " + (i % 997))
                        .set("sector", SECTORS.get(random.nextInt(SECTORS.size())))
                        .set("registered_capital", registered).set("disbursed_capital", disbursed);
                project.set("area_ha", BigDecimal.valueOf(random.nextInt(1, 5_000), 1))
                        .set("status", STATUSES.get(random.nextInt(STATUSES.size())))
                        .set("licence_date", quarter.firstDay().minusDays(random.nextInt(30, 3_000)))
                        .set("jobs", (long) random.nextInt(0, 2_000));
                writer.investmentProject(project.build());
            }
            writer.ocopCount(new OcopCountRow(null, 0, ocopGroup, 3, 80 + random.nextInt(20), 3L, 2L, 40L, 0L));
            writer.ocopCount(new OcopCountRow(null, 0, ocopGroup, 4, 30 + random.nextInt(5), 1L, 6L, 20L, 2L));
            LocalDate start = quarter.firstDay().plusDays(random.nextInt(0, 60));
            writer.promotionEvent(new PromotionEventRow(null, 0, "Hội nghị kết nối cung – cầu " + quarter, "supply_demand_conference",
                    start, start.plusDays(2), new ProvinceId(province.era(), "79"), List.of(province), "ITPC", "bilateral",
                    (long) random.nextInt(10, 200), (long) random.nextInt(50, 500), (long) random.nextInt(20, 300),
                    (long) random.nextInt(0, 10), BigDecimal.valueOf(random.nextInt(0, 10_000), 1), (long) random.nextInt(500, 20_000)));
        }
        return file;
    }
}
