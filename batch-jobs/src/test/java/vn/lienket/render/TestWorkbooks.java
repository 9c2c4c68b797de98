package vn.lienket.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.reference.WarehouseOcopGroupCatalogue;
import vn.lienket.workbook.contract.ContractLoader;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.write.SubmissionWorkbookWriter;

/** A province's quarterly workbook built from the few figures a test cares about. */
final class TestWorkbooks {

    private final ProvinceId province;
    private final Quarter quarter;
    private final List<InvestmentProjectRow> projects = new ArrayList<>();
    private final List<long[]> ocop = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private TestWorkbooks(ProvinceId province, Quarter quarter) {
        this.province = province;
        this.quarter = quarter;
    }

    static TestWorkbooks of(String province, String quarter) {
        return new TestWorkbooks(ProvinceId.parse(province), Quarter.parse(quarter));
    }

    /** A project with the given status code and registered capital (billion VND); half of it disbursed. */
    TestWorkbooks project(String status, String registeredCapital) {
        BigDecimal registered = new BigDecimal(registeredCapital);
        int n = projects.size() + 1;
        projects.add(InvestmentProjectRow.builder().set("project_code", "DA-" + province.code() + "-" + n)
                .set("project_name", "Dự án số " + n).set("investor", "Công ty CP Đầu tư Sài Gòn")
                .set("sector", "agro_processing").set("registered_capital", registered)
                .set("disbursed_capital", registered.divide(BigDecimal.valueOf(2))).set("area_ha", BigDecimal.TEN)
                .set("status", status).set("licence_date", quarter.firstDay().minusDays(200)).set("jobs", 40L).build());
        return this;
    }

    /** Recognised OCOP products of a star level, with how many were newly recognised this quarter. */
    TestWorkbooks ocop(int star, long recognised, long newlyRecognised) {
        ocop.add(new long[] {star, recognised, newlyRecognised});
        return this;
    }

    /** An event of the given type code held in the quarter. */
    TestWorkbooks event(String eventType) {
        events.add(eventType);
        return this;
    }

    Path write(Path directory, JdbcClient jdbc) throws IOException {
        Path file = Files.createDirectories(directory)
                .resolve(province.era() + "-" + province.code() + "-" + quarter + "-" + System.nanoTime() + ".xlsx");
        String group = new WarehouseOcopGroupCatalogue(jdbc).validOn(quarter.lastDay()).get(0).code();
        try (OutputStream out = Files.newOutputStream(file);
             SubmissionWorkbookWriter writer = new SubmissionWorkbookWriter(ContractLoader.current(), out)) {
            writer.cover(new CoverInfo(province, null, quarter, "Phòng Hợp tác", "028 3823 6666", "v1"));
            projects.forEach(writer::investmentProject);
            for (long[] row : ocop) {
                writer.ocopCount(new OcopCountRow(null, 0, group, (int) row[0], row[1], row[2], 0L, 5L, 0L));
            }
            for (String type : events) {
                writer.promotionEvent(new PromotionEventRow(null, 0, "Sự kiện " + type, type, quarter.firstDay().plusDays(10),
                        quarter.firstDay().plusDays(12), new ProvinceId(province.era(), "79"), List.of(province), "ITPC",
                        "bilateral", 20L, 100L, 30L, 1L, BigDecimal.ONE, 1000L));
            }
        }
        return file;
    }
}
