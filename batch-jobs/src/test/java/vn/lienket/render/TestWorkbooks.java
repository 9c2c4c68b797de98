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
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.write.SubmissionWorkbookWriter;

/** A province's quarterly workbook built from the figures a test cares about, the others filled in plausibly. */
final class TestWorkbooks {

    private final ProvinceId province;
    private final Quarter quarter;
    private final List<InvestmentProjectRow> projects = new ArrayList<>();
    /** OCOP rows without their group: the first group in force in the quarter is filled in when written. */
    private final List<OcopCountRow> ocop = new ArrayList<>();
    private final List<PromotionEventRow> events = new ArrayList<>();

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
        return project(status, registered, registered.divide(BigDecimal.valueOf(2)), 40L, BigDecimal.TEN);
    }

    /** A project with every figure a KPI reads given; a null is a blank cell. */
    TestWorkbooks project(String status, String registered, String disbursed, Long jobs) {
        return project(status, new BigDecimal(registered), disbursed == null ? null : new BigDecimal(disbursed), jobs, null);
    }

    private TestWorkbooks project(String status, BigDecimal registered, BigDecimal disbursed, Long jobs, BigDecimal area) {
        int n = projects.size() + 1;
        projects.add(InvestmentProjectRow.builder().set("project_code", "DA-" + province.code() + "-" + n)
                .set("project_name", "Dự án số " + n).set("investor", "Công ty CP Đầu tư Sài Gòn")
                .set("sector", "agro_processing").set("registered_capital", registered).set("disbursed_capital", disbursed)
                .set("area_ha", area).set("status", status).set("licence_date", quarter.firstDay().minusDays(200))
                .set("jobs", jobs).build());
        return this;
    }

    /** Recognised OCOP products of a star level, with how many were newly recognised this quarter. */
    TestWorkbooks ocop(int star, long recognised, long newlyRecognised) {
        return ocop(star, recognised, newlyRecognised, 0L, 5L, 0L);
    }

    /** An OCOP row with every count given; a null is a blank cell. */
    TestWorkbooks ocop(int star, long recognised, Long newly, Long reRecognised, Long producers, Long pending) {
        ocop.add(new OcopCountRow(null, 0, null, star, recognised, newly, reRecognised, producers, pending));
        return this;
    }

    /** An event of the given type code held in the quarter. */
    TestWorkbooks event(String eventType) {
        return event(eventType, 20L, 100L, 30L, 1L, BigDecimal.ONE, 1000L);
    }

    /** An event with the figures a KPI reads given (deal value in billion VND); a null is a blank cell, visitors blank. */
    TestWorkbooks event(String eventType, Long businesses, Long products, Long booths, Long mous, String dealValue) {
        return event(eventType, businesses, products, booths, mous, dealValue == null ? null : new BigDecimal(dealValue), null);
    }

    private TestWorkbooks event(String eventType, Long businesses, Long products, Long booths, Long mous, BigDecimal dealValue,
                                Long visitors) {
        events.add(new PromotionEventRow(null, 0, "Sự kiện " + eventType, eventType, quarter.firstDay().plusDays(10),
                quarter.firstDay().plusDays(12), new ProvinceId(province.era(), "79"), List.of(province), "ITPC",
                "bilateral", businesses, products, booths, mous, dealValue, visitors));
        return this;
    }

    Path write(Path directory, JdbcClient jdbc) throws IOException {
        Path file = Files.createDirectories(directory)
                .resolve(province.era() + "-" + province.code() + "-" + quarter + "-" + System.nanoTime() + ".xlsx");
        String group = new WarehouseOcopGroupCatalogue(jdbc).validOn(quarter.lastDay()).get(0).code();
        try (OutputStream out = Files.newOutputStream(file);
             SubmissionWorkbookWriter writer = new SubmissionWorkbookWriter(WorkbookContracts.released().latest(), out)) {
            writer.cover(new CoverInfo(province, null, quarter, "Phòng Hợp tác", "028 3823 6666", "v1"));
            projects.forEach(writer::investmentProject);
            for (OcopCountRow row : ocop) {
                writer.ocopCount(new OcopCountRow(null, 0, group, row.star(), row.recognised(), row.newlyRecognised(),
                        row.reRecognised(), row.producers(), row.pendingFiveStar()));
            }
            events.forEach(writer::promotionEvent);
        }
        return file;
    }
}
