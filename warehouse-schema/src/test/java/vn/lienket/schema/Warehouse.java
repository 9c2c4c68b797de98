package vn.lienket.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import vn.lienket.testsupport.TestPostgres;

/** Plain JDBC over a migrated warehouse database, so each test reads as the SQL a user of the schema would write. */
final class Warehouse {

    private final TestPostgres.Database database;

    private Warehouse(TestPostgres.Database database) {
        this.database = database;
    }

    /** A fresh database with the whole changelog applied. */
    static Warehouse migrated(String purpose) {
        return new Warehouse(SchemaMigrations.migratedDatabase(purpose));
    }

    TestPostgres.Database database() {
        return database;
    }

    /** The first column of every row, as text. */
    List<String> strings(String sql, Object... parameters) {
        try (Connection connection = database.connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single value of a query, as text. */
    String string(String sql, Object... parameters) {
        List<String> values = strings(sql, parameters);
        if (values.size() != 1) {
            throw new IllegalStateException("Expected one row but got " + values + " from " + sql);
        }
        return values.get(0);
    }

    long number(String sql, Object... parameters) {
        return Long.parseLong(string(sql, parameters));
    }

    /** Runs one statement; a statement PostgreSQL refuses throws {@link SQLException}. */
    void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
