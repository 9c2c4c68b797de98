package vn.lienket.app.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * What a timed run must not inherit from the one before it: after a million-row load the server's autovacuum
 * (the new rows vacuumed and analysed) and its next checkpoint land in whichever process or step runs next, 1–3 s
 * now and then. Both are done here, untimed, before each timed run.
 */
final class DatabaseSettling {

    private DatabaseSettling() {
    }

    static void settle(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM (ANALYZE)");
            statement.execute("CHECKPOINT");
        }
    }
}
