package vn.lienket.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class ProvinceErasIT {

    private static final Warehouse warehouse = Warehouse.migrated("schema_provinces");

    @Test
    void holdsSixtyThreeUnitsBeforeTheMergerAndThirtyFourAfter() {
        assertThat(warehouse.strings("SELECT era_code || '=' || count(*) FROM dim_province GROUP BY era_code ORDER BY era_code"))
                .containsExactly("P34=34", "P63=63");
        assertThat(warehouse.number("""
                SELECT count(*) FROM dim_province WHERE era_code = 'P34' AND unit_type_vi = 'Thành phố Trung ương'
                """)).isEqualTo(6);
        assertThat(warehouse.string("SELECT full_name_vi FROM dim_province WHERE era_code = 'P63' AND code = '79'"))
                .isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(warehouse.string("SELECT valid_to FROM dim_province WHERE era_code = 'P63' AND code = '01'"))
                .isEqualTo("2025-06-30");
    }

    @Test
    void rollsEveryOldUnitUpToExactlyOneCurrentUnitAndEveryCurrentUnitToItself() {
        assertThat(warehouse.number("SELECT count(*) FROM province_crosswalk")).isEqualTo(63);
        assertThat(warehouse.number("SELECT count(*) FROM v_province_rollup")).isEqualTo(97);
        assertThat(warehouse.number("""
                SELECT count(*) FROM v_province_rollup r JOIN dim_province today ON today.province_key = r.current_province_key
                 WHERE today.era_code <> 'P34'
                """)).isZero();
        assertThat(warehouse.number("""
                SELECT count(*) FROM v_province_rollup WHERE era_code = 'P34' AND current_province_key <> province_key
                """)).isZero();
        assertThat(warehouse.number("""
                SELECT count(DISTINCT current_province_key) FROM v_province_rollup WHERE era_code = 'P63'
                """)).as("every current unit absorbed at least one old unit").isEqualTo(34);
        assertThat(warehouse.strings("""
                SELECT code FROM v_province_rollup WHERE era_code = 'P63' AND current_code = '79' ORDER BY code
                """)).containsExactly("74", "77", "79");
    }

    @Test
    void resolvesTheSevenReusedCodesToDifferentUnitsPerEra() {
        assertThat(warehouse.strings("""
                SELECT old_unit.code FROM dim_province old_unit
                  JOIN dim_province new_unit ON new_unit.code = old_unit.code AND new_unit.era_code = 'P34'
                 WHERE old_unit.era_code = 'P63' AND new_unit.slug <> old_unit.slug
                 ORDER BY old_unit.code
                """)).containsExactly("15", "24", "44", "52", "80", "82", "91");
        assertThat(warehouse.string("SELECT name_vi FROM dim_province WHERE era_code = 'P63' AND code = '52'")).isEqualTo("Bình Định");
        assertThat(warehouse.string("SELECT name_vi FROM dim_province WHERE era_code = 'P34' AND code = '52'")).isEqualTo("Gia Lai");
        assertThat(warehouse.string("SELECT current_code || ' ' || current_name_vi FROM v_province_rollup WHERE era_code = 'P63' AND code = '64'"))
                .isEqualTo("52 Gia Lai");
        assertThat(warehouse.string("SELECT current_code || ' ' || current_name_vi FROM v_province_rollup WHERE era_code = 'P63' AND code = '52'"))
                .isEqualTo("52 Gia Lai");
        assertThat(warehouse.string("SELECT current_code FROM v_province_rollup WHERE era_code = 'P63' AND code = '10'"))
                .as("Lào Cai kept its name and changed its code").isEqualTo("15");
    }

    @Test
    void namesCodeFortySixOfTheSixtyThreeAsThuaThienHueAndKeepsHueAsAnAlias() {
        assertThat(warehouse.string("SELECT name_vi FROM dim_province WHERE era_code = 'P63' AND code = '46'"))
                .isEqualTo("Thừa Thiên Huế");
        assertThat(warehouse.string("SELECT name_vi FROM dim_province WHERE era_code = 'P34' AND code = '46'")).isEqualTo("Huế");
        assertThat(codeForAlias("P63", "Huế")).isEqualTo("46");
        assertThat(codeForAlias("P34", "Thừa Thiên Huế")).as("the old name, still typed after the merger").isEqualTo("46");
    }

    @Test
    void matchesNamesAsTypedInWorkbooksWithinOneEra() {
        assertThat(codeForAlias("P63", "Thừa Thiên Huế")).isEqualTo("46");
        assertThat(codeForAlias("P63", "Hòa Bình")).isEqualTo("17");
        assertThat(codeForAlias("P63", "  ĐĂK LĂK ")).isEqualTo("66");
        assertThat(codeForAlias("P63", "Kontum")).isEqualTo("62");
        assertThat(codeForAlias("P63", "Bà Rịa–Vũng Tàu")).isEqualTo("77");
        assertThat(codeForAlias("P34", "Thanh Hoá")).isEqualTo("38");
        assertThat(codeForAlias("P34", "TP.HCM")).isEqualTo("79");
        assertThat(codeForAlias("P34", "Thành phố Hồ Chí Minh")).isEqualTo("79");
        assertThat(codeForAlias("P34", "tp cần thơ")).isEqualTo("92");
        assertThat(codeForAlias("P63", "Gia Lai")).isEqualTo("64");
        assertThat(codeForAlias("P34", "Gia Lai")).isEqualTo("52");
        assertThat(codeForAlias("P34", Normalizer.normalize("Khánh Hòa", Normalizer.Form.NFD)))
                .as("decomposed input, as some spreadsheet tools save it").isEqualTo("56");
        assertThat(warehouse.strings("""
                SELECT p.code FROM province_alias a JOIN dim_province p ON p.province_key = a.province_key
                 WHERE a.era_code = 'P34' AND a.alias_normalised = normalise_province_name('Bình Định')
                """)).as("Bình Định no longer exists after the merger").isEmpty();
    }

    private static String codeForAlias(String era, String typedName) {
        return warehouse.string("""
                SELECT p.code FROM province_alias a JOIN dim_province p ON p.province_key = a.province_key
                 WHERE a.era_code = ? AND a.alias_normalised = normalise_province_name(?)
                """, era, typedName);
    }
}
