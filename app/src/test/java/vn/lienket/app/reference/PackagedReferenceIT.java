package vn.lienket.app.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.app.database.WarehouseMigrator;
import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.reference.WarehouseOcopGroupCatalogue;
import vn.lienket.intake.reference.WarehouseProvinceDirectory;
import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.reference.ProvinceAlias;
import vn.lienket.workbook.reference.ProvinceDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} reads the reference files from the jar, the load job reads the warehouse Liquibase
 * filled from the same files: a province, era, merger or OCOP group that one knows and the other
 * does not would make a workbook pass the check and fail the load (or the reverse).
 */
class PackagedReferenceIT {

    private static ProvinceDirectory warehouseProvinces;
    private static WarehouseOcopGroupCatalogue warehouseGroups;
    private final PackagedReference packaged = PackagedReference.load();

    @BeforeAll
    static void migrateAFreshWarehouse() {
        DataSource dataSource = TestPostgres.shared().createDatabase("packaged_reference").dataSource();
        new WarehouseMigrator(dataSource).migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        warehouseProvinces = new WarehouseProvinceDirectory(jdbc);
        warehouseGroups = new WarehouseOcopGroupCatalogue(jdbc);
    }

    @Test
    void theErasAndTheirBoundariesAgree() {
        assertThat(packaged.provinces().eras()).isEqualTo(warehouseProvinces.eras())
                .extracting(Era::code).containsExactly("P63", "P34");
        Stream.of("2008-08-01", "2025-06-30", "2025-07-01", "2026-03-31").map(LocalDate::parse)
                .forEach(date -> assertThat(packaged.provinces().eraOn(date)).as("era on %s", date)
                        .isEqualTo(warehouseProvinces.eraOn(date)));
    }

    @Test
    void everyProvinceOfBothErasAndEveryMergerAgree() {
        for (String era : List.of("P63", "P34")) {
            assertThat(packaged.provinces().provinces(era)).as("provinces of %s", era)
                    .containsExactlyElementsOf(warehouseProvinces.provinces(era));
        }
        assertThat(packaged.provinces().find(ProvinceId.parse("P63:46"))).map(Province::name).contains("Thừa Thiên Huế");
        assertThat(packaged.provinces().provinces("P63")).hasSize(63);
        assertThat(packaged.provinces().provinces("P34")).hasSize(34);
        for (Province province : warehouseProvinces.provinces("P63")) {
            assertThat(packaged.provinces().successor(province.id())).as("successor of %s", province.id())
                    .isPresent()
                    .isEqualTo(warehouseProvinces.successor(province.id()));
        }
    }

    @Test
    void everySpellingOfAProvinceAgrees() {
        for (String era : List.of("P63", "P34")) {
            assertThat(packaged.provinces().aliases(era)).as("aliases of %s", era)
                    .hasSizeGreaterThan(60)
                    .containsExactlyInAnyOrderElementsOf(warehouseProvinces.aliases(era));
        }
        assertThat(packaged.provinces().aliases("P34"))
                .contains(new ProvinceAlias(ProvinceId.parse("P34:46"), "thuathienhue"));
    }

    @Test
    void theOcopGroupsOfEveryRegimeAgree() {
        assertThat(packaged.ocopGroups().all()).isNotEmpty().containsExactlyInAnyOrderElementsOf(warehouseGroups.all());
        Stream.of("2020-06-30", "2023-02-23", "2023-02-24", "2026-05-21", "2026-05-22", "2026-09-30").map(LocalDate::parse)
                .forEach(date -> assertThat(packaged.ocopGroups().validOn(date)).as("groups valid on %s", date)
                        .containsExactlyInAnyOrderElementsOf(warehouseGroups.validOn(date)));
    }
}
