package vn.lienket.workbook.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.testing.TestProvinces;

class TemplateProvinceTest {

    private final TestProvinces provinces = new TestProvinces();

    @Test
    void aProvinceOfTheQuartersEraReports() {
        assertThat(TemplateProvince.of(ProvinceId.parse("P63:60"), Quarter.parse("2025-Q2"), provinces))
                .isInstanceOfSatisfying(TemplateProvince.Reporting.class,
                        reporting -> assertThat(reporting.province().name()).isEqualTo("Bình Thuận"));
    }

    @Test
    void anOldIdAfterTheMergerIsAnsweredWithTheProvinceItMergedInto() {
        assertThat(TemplateProvince.of(ProvinceId.parse("P63:60"), Quarter.parse("2026-Q1"), provinces))
                .isInstanceOfSatisfying(TemplateProvince.Merged.class, merged -> {
                    assertThat(merged.succession().to().id()).hasToString("P34:68");
                    assertThat(merged.succession().to().name()).isEqualTo("Lâm Đồng");
                    assertThat(merged.succession().effective()).isEqualTo(TestProvinces.MERGER);
                });
    }

    @Test
    void aCodeTheNewEraDoesNotHaveIsAnsweredWithTheCodeOfTheProvinceThatHadIt() {
        assertThat(TemplateProvince.of(ProvinceId.parse("P34:64"), Quarter.parse("2026-Q1"), provinces))
                .isInstanceOfSatisfying(TemplateProvince.CodeOfAnotherEra.class, other -> {
                    assertThat(other.succession().from().name()).isEqualTo("Gia Lai");
                    assertThat(other.succession().to().id()).hasToString("P34:52");
                });
    }

    @Test
    void aNewIdBeforeTheMergerOrAnUnknownCodeIsNotInTheEra() {
        assertThat(TemplateProvince.of(ProvinceId.parse("P34:68"), Quarter.parse("2024-Q4"), provinces))
                .isInstanceOf(TemplateProvince.NotInEra.class);
        assertThat(TemplateProvince.of(ProvinceId.parse("P34:99"), Quarter.parse("2026-Q1"), provinces))
                .isInstanceOf(TemplateProvince.NotInEra.class);
    }
}
