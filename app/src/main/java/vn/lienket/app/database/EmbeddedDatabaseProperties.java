package vn.lienket.app.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files when no {@code spring.datasource.url} is given.
 * The directory persists between runs, so {@code load} today and {@code report} tomorrow see the
 * same warehouse.
 */
@ConfigurationProperties("lienket.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/pg") Path dataDir,
        @DefaultValue("lienket") String databaseName) {
}
