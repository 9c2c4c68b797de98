package vn.lienket.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.testsupport.TestPostgres;

class ChangelogLifecycleIT {

    @Test
    void appliesToAnEmptyDatabaseAndASecondUpdateChangesNothing() throws SQLException {
        TestPostgres.Database database = SchemaMigrations.migratedDatabase("schema_idempotent");
        int applied = count(database, "SELECT count(*) FROM databasechangelog");

        SchemaMigrations.update(database);

        assertThat(SchemaMigrations.unrunChangeSets(database)).isEmpty();
        assertThat(count(database, "SELECT count(*) FROM databasechangelog")).isEqualTo(applied);
        assertThat(count(database, "SELECT count(*) FROM dim_province")).isEqualTo(97);
    }

    static int count(TestPostgres.Database database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
