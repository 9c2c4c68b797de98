package vn.lienket.testsupport;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server a test JVM uses, found in this order: an explicit server from
 * {@code LIENKET_TEST_DB_URL} (with {@code LIENKET_TEST_DB_USERNAME} / {@code _PASSWORD}), else a
 * Testcontainers PostgreSQL when Docker answers, else an embedded PostgreSQL (zonky).
 * <p>
 * The server is started once per JVM. Tests never share tables by accident: each caller asks for
 * a fresh, empty database with {@link #createDatabase(String)}; databases created on an explicit
 * server are dropped when the JVM exits.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "LIENKET_TEST_DB_URL";
    public static final String USERNAME_VARIABLE = "LIENKET_TEST_DB_USERNAME";
    public static final String PASSWORD_VARIABLE = "LIENKET_TEST_DB_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final String POSTGRES_IMAGE = "postgres:17-alpine";

    private static volatile TestPostgres shared;

    private final Server server;
    private final List<String> createdDatabases = new CopyOnWriteArrayList<>();

    private TestPostgres(Server server) {
        this.server = server;
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "test-postgres-shutdown"));
    }

    /** The server of this JVM, started on first use. */
    public static TestPostgres shared() {
        TestPostgres instance = shared;
        if (instance == null) {
            synchronized (TestPostgres.class) {
                instance = shared;
                if (instance == null) {
                    instance = new TestPostgres(startServer());
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /** Which kind of server answered: {@code explicit}, {@code testcontainers} or {@code embedded}. */
    public String kind() {
        return server.kind();
    }

    /** Creates a new empty database whose name starts with {@code purpose}. */
    public Database createDatabase(String purpose) {
        String name = (purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = server.adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        createdDatabases.add(name);
        return new Database(server.urlFor(name), server.username(), server.password());
    }

    private void shutdown() {
        if (server.keepsDatabases()) {
            for (String name : createdDatabases) {
                try (Connection connection = server.adminConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (SQLException e) {
                    log.warn("Could not drop test database {}: {}", name, e.getMessage());
                }
            }
        }
        server.stop();
    }

    private static Server startServer() {
        String explicitUrl = System.getenv(URL_VARIABLE);
        if (explicitUrl != null && !explicitUrl.isBlank()) {
            log.info("Tests use the PostgreSQL server at {}", explicitUrl);
            return new ExplicitServer(explicitUrl, envOr(USERNAME_VARIABLE, "postgres"), envOr(PASSWORD_VARIABLE, ""));
        }
        if (dockerAnswers()) {
            log.info("Tests use a Testcontainers PostgreSQL ({})", POSTGRES_IMAGE);
            return ContainerServer.start();
        }
        log.info("Tests use an embedded PostgreSQL (no {} set, no Docker)", URL_VARIABLE);
        return EmbeddedServer.start();
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Connection details of one test database. */
    public record Database(String jdbcUrl, String username, String password) {

        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(jdbcUrl);
            dataSource.setUser(username);
            dataSource.setPassword(password);
            return dataSource;
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, username, password);
        }
    }

    private interface Server {
        String kind();

        Connection adminConnection() throws SQLException;

        String urlFor(String database);

        String username();

        String password();

        /** Whether databases outlive the JVM (true only for a server the tests did not start). */
        boolean keepsDatabases();

        void stop();
    }

    private record ExplicitServer(String url, String username, String password) implements Server {
        public String kind() {
            return "explicit";
        }

        public Connection adminConnection() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        public String urlFor(String database) {
            return replaceDatabase(url, database);
        }

        public boolean keepsDatabases() {
            return true;
        }

        public void stop() {
        }
    }

    private record ContainerServer(PostgreSQLContainer container) implements Server {
        static ContainerServer start() {
            PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
            container.start();
            return new ContainerServer(container);
        }

        public String kind() {
            return "testcontainers";
        }

        public Connection adminConnection() throws SQLException {
            return DriverManager.getConnection(container.getJdbcUrl(), username(), password());
        }

        public String urlFor(String database) {
            return replaceDatabase(container.getJdbcUrl(), database);
        }

        public String username() {
            return container.getUsername();
        }

        public String password() {
            return container.getPassword();
        }

        public boolean keepsDatabases() {
            return false;
        }

        public void stop() {
            container.stop();
        }
    }

    private record EmbeddedServer(EmbeddedPostgres postgres) implements Server {
        static EmbeddedServer start() {
            try {
                // one server for the whole test JVM, its child JVMs and every cached Spring context
                return new EmbeddedServer(EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
            }
        }

        public String kind() {
            return "embedded";
        }

        public Connection adminConnection() throws SQLException {
            return postgres.getPostgresDatabase().getConnection();
        }

        public String urlFor(String database) {
            return postgres.getJdbcUrl("postgres", database);
        }

        public String username() {
            return "postgres";
        }

        public String password() {
            return "";
        }

        public boolean keepsDatabases() {
            return false;
        }

        public void stop() {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }

    static String replaceDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String parameters = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            return base + "/" + database + parameters;
        }
        return base.substring(0, slash + 1) + database + parameters;
    }
}
