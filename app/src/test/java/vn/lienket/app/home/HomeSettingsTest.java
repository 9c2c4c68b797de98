package vn.lienket.app.home;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HomeSettingsTest {

    @TempDir
    Path directory;

    @Test
    void aHomeWithNothingConfiguredAndNoEmbeddedWarehouseSurelyHasNone() {
        InstallationHome home = new InstallationHome(directory);

        assertThat(HomeSettings.of(home).missingWarehouse(Map.of(), new Properties()))
                .contains(directory.resolve("data").resolve("pg"));
    }

    @Test
    void anEmbeddedWarehouseOrAnyConfiguredDatabaseLeavesTheDecisionToTheApplication() throws Exception {
        InstallationHome home = new InstallationHome(directory);
        Properties serverProperty = new Properties();
        serverProperty.setProperty("spring.datasource.url", "jdbc:postgresql://db/lienket");

        assertThat(HomeSettings.of(home).missingWarehouse(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/lienket"),
                new Properties())).isEmpty();
        assertThat(HomeSettings.of(home).missingWarehouse(Map.of("LIENKET_DATA_DIR", "/srv/pg"), new Properties())).isEmpty();
        assertThat(HomeSettings.of(home).missingWarehouse(Map.of(), serverProperty)).isEmpty();

        Files.createDirectories(home.configDirectory());
        Files.writeString(home.configDirectory().resolve("application.yml"), """
                spring:
                  datasource:
                    url: jdbc:postgresql://db/lienket
                """);
        assertThat(HomeSettings.of(home).missingWarehouse(Map.of(), new Properties())).isEmpty();

        Files.delete(home.configDirectory().resolve("application.yml"));
        Files.createDirectories(home.dataDirectory().resolve("pg"));
        Files.writeString(home.dataDirectory().resolve("pg").resolve("PG_VERSION"), "17\n");
        assertThat(HomeSettings.of(home).missingWarehouse(Map.of(), new Properties())).isEmpty();
    }

    @Test
    void theDefaultWarehouseIsGuessedOnlyWhenItExistsAndNothingNamesAnotherPlaceNameOrServer() throws Exception {
        InstallationHome home = new InstallationHome(directory);
        Path pg = home.dataDirectory().resolve("pg");
        assertThat(HomeSettings.of(home).defaultWarehouse(Map.of(), new Properties())).as("no warehouse yet").isEmpty();

        Files.createDirectories(pg);
        Files.writeString(pg.resolve("PG_VERSION"), "17\n");
        assertThat(HomeSettings.of(home).defaultWarehouse(Map.of(), new Properties())).contains(pg);
        assertThat(HomeSettings.of(home).defaultWarehouse(Map.of("LIENKET_DATA_DIR", "/srv/pg"), new Properties())).isEmpty();
        assertThat(HomeSettings.of(home).defaultWarehouse(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/lienket"),
                new Properties())).isEmpty();
        Properties otherName = new Properties();
        otherName.setProperty("lienket.embedded-database.database-name", "kho");
        assertThat(HomeSettings.of(home).defaultWarehouse(Map.of(), otherName)).isEmpty();

        Files.createDirectories(home.configDirectory());
        Files.writeString(home.configDirectory().resolve("application.yml"), """
                lienket:
                  embedded-database:
                    database-name: kho
                """);
        assertThat(HomeSettings.of(home).defaultWarehouse(Map.of(), new Properties())).isEmpty();
    }
}
