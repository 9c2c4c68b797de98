package vn.lienket.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * The warehouse of a command that only reads it, without the Spring application: the configuration
 * is resolved by Spring Boot's own config-data processing and binder (the same files, environment
 * variables and precedence as the application), logging is set up by Boot's own listener (the same
 * log file and levels), then either the configured server
 * ({@code spring.datasource.*}, as Boot's data-source auto-configuration builds it) or the embedded
 * warehouse ({@link EmbeddedDatabaseConfiguration}'s choice), never created here.
 */
public final class PlainWarehouse implements AutoCloseable {

    private final Binder binder;
    private final EmbeddedWarehouse embedded;
    private final HikariDataSource dataSource;

    private PlainWarehouse(Binder binder, EmbeddedWarehouse embedded, HikariDataSource dataSource) {
        this.binder = binder;
        this.embedded = embedded;
        this.dataSource = dataSource;
    }

    /**
     * Opens the warehouse with {@code defaults} as the application's default properties (the
     * installation home and where its configuration is); refuses with {@link WarehouseMissingException}
     * when the embedded default has no warehouse. {@code ahead}: the embedded warehouse the installation's
     * defaults name, started while the configuration is read ({@link EmbeddedWarehouse#startAhead}); taken when
     * the configuration names it too, stopped otherwise.
     */
    public static PlainWarehouse open(Map<String, Object> defaults, Optional<EmbeddedWarehouse.StartedAhead> ahead) {
        try {
            return open(defaults, ahead.orElse(null));
        } catch (RuntimeException e) {
            ahead.ifPresent(EmbeddedWarehouse.StartedAhead::discard);
            throw e;
        }
    }

    private static PlainWarehouse open(Map<String, Object> defaults, EmbeddedWarehouse.StartedAhead ahead) {
        ConfigurableEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("defaultProperties", defaults));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        // the log file and levels as the application sets them up (logging.* of the same configuration)
        new LoggingApplicationListener().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
        Binder binder = Binder.get(environment);
        if (!EmbeddedDatabaseConfiguration.NoDatabaseConfigured.matches(environment)) {
            if (ahead != null) {
                ahead.discard();
            }
            DataSourceProperties properties = bind(binder, DataSourceProperties.class);
            HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
            binder.bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
            if (StringUtils.hasText(properties.getName())) {
                dataSource.setPoolName(properties.getName());
            }
            return new PlainWarehouse(binder, null, dataSource);
        }
        EmbeddedDatabaseProperties properties = bind(binder, EmbeddedDatabaseProperties.class);
        EmbeddedWarehouse embedded = Optional.ofNullable(ahead)
                .flatMap(started -> started.take(properties.dataDir(), properties.databaseName()))
                .orElseGet(() -> EmbeddedWarehouse.start(properties.dataDir(), properties.databaseName(), false));
        try {
            return new PlainWarehouse(binder, embedded, embedded.dataSource());
        } catch (RuntimeException e) {
            closeQuietly(embedded);
            throw e;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The embedded warehouse this one started or took, when no server is configured. */
    public Optional<EmbeddedWarehouse> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** Settings bound as the application binds its {@code @ConfigurationProperties} type (prefix and defaults included). */
    public <T> T properties(Class<T> type) {
        return bind(binder, type);
    }

    private static <T> T bind(Binder binder, Class<T> type) {
        ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not a @ConfigurationProperties type");
        }
        String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
        return binder.bindOrCreate(prefix, type);
    }

    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            closeQuietly(embedded);
        }
    }

    private static void closeQuietly(EmbeddedWarehouse embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
