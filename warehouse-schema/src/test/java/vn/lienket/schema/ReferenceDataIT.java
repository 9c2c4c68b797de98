package vn.lienket.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReferenceDataIT {

    private static final String TOP_LEVEL_OCOP_GROUPS_ON_DATE = """
            SELECT name_vi FROM dim_ocop_group
             WHERE parent_code IS NULL AND ?::date BETWEEN valid_from AND COALESCE(valid_to, 'infinity')
             ORDER BY group_code
            """;

    private static final Warehouse warehouse = Warehouse.migrated("schema_reference");

    @Test
    void offersTheOcopGroupsOfTheRegimeInForceOnADate() {
        assertThat(warehouse.number("SELECT count(*) FROM dim_ocop_group")).isEqualTo(71);
        assertThat(warehouse.strings(TOP_LEVEL_OCOP_GROUPS_ON_DATE, LocalDate.of(2021, 12, 31)))
                .hasSize(6).contains("Thảo dược", "Vải và may mặc");
        assertThat(warehouse.strings(TOP_LEVEL_OCOP_GROUPS_ON_DATE, LocalDate.of(2024, 12, 31)))
                .hasSize(6).contains("Sinh vật cảnh", "Hàng thủ công mỹ nghệ").doesNotContain("Thảo dược");
        assertThat(warehouse.strings("""
                SELECT group_code FROM dim_ocop_group WHERE parent_code = 'OCOP148-1.3' ORDER BY group_code
                """)).containsExactly("OCOP148-1.3a", "OCOP148-1.3b", "OCOP148-1.3c");
    }

    @Test
    void ratesOcopProductsThreeToFiveStarsRecognisedByProvinceOrCentre() {
        assertThat(warehouse.strings("""
                SELECT star || ' ' || recognition_level || ' ' || certificate_validity_months FROM dim_ocop_star ORDER BY star
                """)).containsExactly("3 cấp tỉnh 36", "4 cấp tỉnh 36", "5 trung ương 36");
    }

    @Test
    void namesEventsStatusesAndSectorsInVietnameseAndEnglish() {
        assertThat(warehouse.strings("SELECT name_vi FROM dim_event_type ORDER BY sort_order")).containsExactly(
                "Hội nghị kết nối cung – cầu", "Tuần lễ triển lãm", "Hội chợ", "Xúc tiến sản phẩm OCOP",
                "Tọa đàm xúc tiến đầu tư", "Đoàn khảo sát", "Nội dung hợp tác");
        assertThat(warehouse.strings("SELECT code || ' ' || name_vi FROM dim_event_level ORDER BY code"))
                .containsExactly("bilateral Song phương", "regional Cấp vùng");
        assertThat(warehouse.strings("SELECT code FROM dim_investment_status ORDER BY sort_order")).containsExactly(
                "completed_operating", "partially_completed", "under_implementation", "suspended", "revoked");
        assertThat(warehouse.strings("SELECT code FROM dim_sector")).hasSize(10).contains("agro_processing", "other");
    }

    @Test
    void keepsRegionsOfBothEraAndProgrammesApart() {
        assertThat(warehouse.strings("SELECT era_code || '=' || count(*) FROM dim_region GROUP BY era_code ORDER BY 1"))
                .containsExactly("P34=6", "P63=6");
        assertThat(warehouse.strings("SELECT code FROM dim_programme ORDER BY code")).containsExactly("HCMC_DHTB", "HCMC_TN");
        assertThat(warehouse.string("SELECT region_code FROM dim_province WHERE era_code = 'P34' AND code = '52'"))
                .isEqualTo("DHNTBTN_34");
    }
}
