package vn.lienket.app.database;

import java.nio.file.Path;
import java.sql.Connection;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigurationIT {

    @TempDir
    Path dataDir;

    /**
     * An operator who raises {@code lienket.intake.parallel-loads} raises the pool with it
     * ({@code SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE}); the embedded warehouse's pool must obey, as an
     * external database's does, or the extra loads wait for connections that never come.
     */
    @Test
    void theEmbeddedWarehousePoolTakesTheOperatorsPoolSettings() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class, PropertiesOn.class)
                .withPropertyValues("lienket.embedded-database.data-dir=" + dataDir,
                        "lienket.embedded-database.create-if-missing=true",
                        "spring.datasource.hikari.maximum-pool-size=23")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    HikariDataSource pool = context.getBean(HikariDataSource.class);
                    assertThat(pool.getMaximumPoolSize()).isEqualTo(23);
                    try (Connection connection = pool.getConnection()) {
                        assertThat(connection.isValid(5)).as("the pool still reaches the embedded warehouse").isTrue();
                    }
                });
    }

    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class PropertiesOn {
    }
}
