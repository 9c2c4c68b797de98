package vn.lienket.app.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.lienket.domain.Sha256;

/**
 * Brings the warehouse schema up to date with the changelogs of the {@code warehouse-schema}
 * module, and tells which changesets are still pending. Commands that read or write the
 * warehouse call {@link #migrate()} first; {@code lienket db status} only looks.
 * <p>
 * Starting Liquibase costs a second or more, so after each migration the fingerprint of this
 * build's changelogs and reference files is recorded in {@code schema_fingerprint}; when the
 * warehouse carries the same fingerprint, {@link #migrate()} answers from that one row.
 */
@Component
public class WarehouseMigrator {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final List<String> SCHEMA_RESOURCES = List.of("classpath*:db/changelog/**/*", "classpath*:db/reference/**/*");

    private final DataSource dataSource;

    public WarehouseMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies every pending changeset and returns the ids of those applied, in order. */
    public List<String> migrate() {
        String fingerprint = fingerprint();
        if (fingerprint.equals(recordedFingerprint().orElse(null))) {
            return List.of();
        }
        List<String> applied = withLiquibase(liquibase -> {
            List<String> pending = pendingIds(liquibase);
            if (!pending.isEmpty()) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
            return pending;
        });
        record(fingerprint);
        return applied;
    }

    /** SHA-256 over the names and bytes of every changelog and reference file this build carries. */
    static String fingerprint() {
        try {
            ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(WarehouseMigrator.class.getClassLoader());
            SortedMap<String, Resource> files = new TreeMap<>();
            for (String pattern : SCHEMA_RESOURCES) {
                for (Resource resource : resolver.getResources(pattern)) {
                    if (resource.isReadable()) {
                        String url = resource.getURL().toString();
                        files.put(url.substring(url.indexOf("db/")), resource);
                    }
                }
            }
            MessageDigest digest = Sha256.newDigest();
            for (Map.Entry<String, Resource> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getValue().getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return Sha256.hex(digest);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the schema changelogs: " + e.getMessage(), e);
        }
    }

    private Optional<String> recordedFingerprint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('schema_fingerprint') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return Optional.empty();
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT fingerprint FROM schema_fingerprint")) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the warehouse schema's fingerprint: " + e.getMessage(), e);
        }
    }

    private void record(String fingerprint) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO schema_fingerprint (fingerprint) VALUES (?)
                     ON CONFLICT (only_row) DO UPDATE SET fingerprint = excluded.fingerprint, recorded_at = now()""")) {
            upsert.setString(1, fingerprint);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the warehouse schema's fingerprint: " + e.getMessage(), e);
        }
    }

    /** Changesets applied so far and those still pending. */
    public SchemaStatus status() {
        return withLiquibase(liquibase -> new SchemaStatus(appliedKeys().size(), pendingIds(liquibase)));
    }

    private List<String> pendingIds(Liquibase liquibase) throws LiquibaseException, SQLException {
        Set<String> applied = appliedKeys();
        return liquibase.getDatabaseChangeLog().getChangeSets().stream()
                .filter(changeSet -> !applied.contains(key(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath())))
                .map(ChangeSet::getId)
                .toList();
    }

    private Set<String> appliedKeys() throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('databasechangelog') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return keys;
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT id, author, filename FROM databasechangelog")) {
                while (rows.next()) {
                    keys.add(key(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return keys;
    }

    private static String key(String id, String author, String file) {
        return id + "::" + author + "::" + file.replaceFirst("^classpath:", "").replaceFirst("^/", "");
    }

    /** Liquibase's own console chatter goes to the log file; the command prints its own summary. */
    private <T> T withLiquibase(LiquibaseWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)) {
                return Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> work.run(liquibase));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface LiquibaseWork<T> {
        T run(Liquibase liquibase) throws Exception;
    }

    /** How far the warehouse schema is from the changelogs this build carries. */
    public record SchemaStatus(int appliedCount, List<String> pendingIds) {
        public boolean upToDate() {
            return pendingIds.isEmpty();
        }
    }
}
