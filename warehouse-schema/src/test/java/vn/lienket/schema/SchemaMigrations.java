package vn.lienket.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.StatusCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import vn.lienket.testsupport.TestPostgres;

/** Applies and rolls back the warehouse changelog the way an application would: from the classpath, through Liquibase's command API. */
final class SchemaMigrations {

    static final String MASTER_CHANGELOG = "db/changelog/db.changelog-master.yaml";

    private SchemaMigrations() {
    }

    /** A fresh database with the whole changelog applied. */
    static TestPostgres.Database migratedDatabase(String purpose) {
        TestPostgres.Database database = TestPostgres.shared().createDatabase(purpose);
        update(database);
        return database;
    }

    static void update(TestPostgres.Database database) {
        run(database, "update", Map.of(UpdateCommandStep.CHANGELOG_FILE_ARG.getName(), MASTER_CHANGELOG));
    }

    static void rollbackCount(TestPostgres.Database database, int count) {
        run(database, "rollbackCount", Map.of(
                UpdateCommandStep.CHANGELOG_FILE_ARG.getName(), MASTER_CHANGELOG,
                RollbackCountCommandStep.COUNT_ARG.getName(), count));
    }

    /** Changesets of the changelog not yet applied to the database. */
    static List<ChangeSet> unrunChangeSets(TestPostgres.Database database) {
        try (Connection connection = database.connect()) {
            Database liquibaseDatabase = liquibaseDatabase(connection);
            return Scope.child(scopeValues(), () -> {
                DatabaseChangeLog changeLog = DatabaseChangelogCommandStep.getDatabaseChangeLog(
                        MASTER_CHANGELOG, new ChangeLogParameters(liquibaseDatabase), liquibaseDatabase);
                return new StatusCommandStep().listUnrunChangeSets(
                        new Contexts(), new LabelExpression(), changeLog, liquibaseDatabase);
            });
        } catch (Exception e) {
            throw new IllegalStateException("Cannot compute the unrun changesets", e);
        }
    }

    private static void run(TestPostgres.Database database, String command, Map<String, Object> arguments) {
        try (Connection connection = database.connect()) {
            Database liquibaseDatabase = liquibaseDatabase(connection);
            Scope.child(scopeValues(), () -> {
                CommandScope scope = new CommandScope(command)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, liquibaseDatabase);
                arguments.forEach(scope::addArgumentValue);
                scope.execute();
            });
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase " + command + " failed", e);
        }
    }

    /** Changelogs come from the classpath, as in the application; a test run reports nothing to Liquibase's analytics. */
    private static Map<String, Object> scopeValues() {
        return Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(),
                "liquibase.analytics.enabled", false);
    }

    private static Database liquibaseDatabase(Connection connection) throws SQLException {
        try {
            return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        } catch (liquibase.exception.DatabaseException e) {
            throw new SQLException(e);
        }
    }
}
