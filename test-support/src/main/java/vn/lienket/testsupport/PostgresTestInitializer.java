package vn.lienket.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a fresh database on the JVM's {@link TestPostgres} server, ahead
 * of every other property source, so no test ever falls back to the application's own embedded
 * database in {@code ./data/pg}.
 */
public class PostgresTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final TestPostgres.Database fixedDatabase;

    /** Each context initialised gets a fresh database. */
    public PostgresTestInitializer() {
        this(null);
    }

    /** Every context initialised uses {@code database}: for tests that start the application repeatedly. */
    public PostgresTestInitializer(TestPostgres.Database database) {
        this.fixedDatabase = database;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Database database = fixedDatabase != null
                ? fixedDatabase : TestPostgres.shared().createDatabase("lienket_it");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("lienket-test-database", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                // Spring caches every test context, each with its pool: idle connections go back to the server,
                // or a suite of a dozen contexts holds more connections than PostgreSQL's default 100
                "spring.datasource.hikari.minimum-idle", "0",
                "spring.datasource.hikari.idle-timeout", "10000",
                "spring.datasource.hikari.maximum-pool-size", "8")));
    }
}
