package vn.lienket.app.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files when no {@code spring.datasource.url} is given
 * (by default {@code data/pg} of the installation home). The directory persists between runs, so
 * {@code load} today and {@code report} tomorrow see the same warehouse. Only commands that build
 * the warehouse set {@code create-if-missing}; the others refuse to start on a directory without one.
 */
@ConfigurationProperties("lienket.embedded-database")
public record EmbeddedDatabaseProperties(
        Path dataDir,
        @DefaultValue(EmbeddedWarehouse.DEFAULT_DATABASE_NAME) String databaseName,
        @DefaultValue("false") boolean createIfMissing) {
}
