package vn.lienket.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.testing.Checks;
import vn.lienket.workbook.testing.WorkbookFixtures;

class WorkbookCheckerTest {

    @TempDir
    Path dir;

    @Test
    void aCorrectWorkbookIsValidAndEveryRowReachesTheSinkWithItsLineage() {
        Checks checks = Checks.run(WorkbookFixtures.valid().writeXlsx(dir));

        assertThat(checks.problems()).isEmpty();
        assertThat(checks.result.verdict()).isEqualTo(Verdict.VALID);
        assertThat(checks.result.exitCode()).isZero();
        assertThat(checks.covers).singleElement().satisfies(cover -> {
            assertThat(cover.province()).isEqualTo(ProvinceId.parse("P34:68"));
            assertThat(cover.provinceName()).isEqualTo("Lâm Đồng");
            assertThat(cover.quarter()).isEqualTo(Quarter.parse("2026-Q1"));
            assertThat(cover.preparer()).isEqualTo("Nguyễn Thị Lan");
        });
        assertThat(checks.projects).hasSize(3);
        assertThat(checks.projects.get(0)).satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("DuAn");
            assertThat(p.sourceRow()).isEqualTo(2);
            assertThat(p.projectCode()).isEqualTo("LD-001");
            assertThat(p.sector()).isEqualTo("tourism");
            assertThat(p.status()).isEqualTo("completed_operating");
            assertThat(p.registeredCapital()).isEqualByComparingTo("1250.5");
            assertThat(p.licenceDate()).isEqualTo(LocalDate.of(2019, 3, 15));
            assertThat(p.jobs()).isEqualTo(350L);
        });
        assertThat(checks.ocopCounts).extracting(r -> r.groupCode() + "/" + r.star() + "=" + r.recognised())
                .containsExactly("OCOP148-1/3=80", "OCOP148-2/4=31");
        assertThat(checks.events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("exhibition_week");
            assertThat(e.level()).isEqualTo("bilateral");
            assertThat(e.hostProvince()).isEqualTo(ProvinceId.parse("P34:79"));
            assertThat(e.partnerProvinces()).containsExactly(ProvinceId.parse("P34:68"), ProvinceId.parse("P34:66"));
            assertThat(e.dealValue()).isEqualByComparingTo(new BigDecimal("12.5"));
        });
        assertThat(checks.result.report().sheets())
                .extracting(s -> s.sheet() + ":" + s.rowsRead() + "/" + s.factRows())
                .containsExactly("BiaBaoCao:0/0", "DuAn:3/3", "OCOP:2/2", "SuKien:1/1");
    }

    @Test
    void anXlsFromOldExcelIsCheckedTheSameWay() {
        Checks checks = Checks.run(WorkbookFixtures.valid()
                .set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", -5)
                .writeXls(dir));

        assertThat(checks.result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(checks.only("INV_CAPITAL_NEGATIVE").cell()).isEqualTo("DuAn!F3");
        assertThat(checks.projects).extracting(p -> p.projectCode()).containsExactly("LD-001", "LD-003");
        assertThat(checks.events).hasSize(1);
        assertThat(List.of(checks.result.report().sheet("DuAn").orElseThrow().rejectedRows())).containsExactly(1L);
    }
}
