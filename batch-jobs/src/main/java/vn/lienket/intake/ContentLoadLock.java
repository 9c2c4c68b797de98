package vn.lienket.intake;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * A PostgreSQL session advisory lock on one file's bytes (keyed by its SHA-256), held on a connection
 * of its own for as long as this process loads them. PostgreSQL releases it when that connection
 * ends, also when the JVM is killed; so whoever holds it knows that an execution for these bytes
 * still marked running belongs to a process that is gone, and a second process handed the same bytes
 * waits for the first instead of failing.
 */
final class ContentLoadLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Connection connection;
    private final long key;

    private ContentLoadLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Waits until no other process is loading these bytes, at most {@code patience}: a holder whose
     * machine vanished without closing its connection keeps the lock until PostgreSQL notices.
     */
    static ContentLoadLock acquire(DataSource dataSource, String sha256, Duration patience) throws SQLException {
        long key = new BigInteger(sha256.substring(0, 16), 16).longValue();
        Instant deadline = Instant.now().plus(patience);
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            while (!tryLock(connection, key)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new SQLException("another process has been loading these bytes for more than " + patience);
                }
                Thread.sleep(POLL.toMillis());
            }
            return new ContentLoadLock(connection, key);
        } catch (InterruptedException e) {
            connection.close();
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for another load of these bytes", e);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            call(connection, "SELECT pg_advisory_unlock(?)", key);
        } catch (SQLException e) {
            // a pooled connection must not go back still holding the lock: discard it, which ends the session
            connection.abort(Runnable::run);
            throw e;
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            statement.execute();
        }
    }
}
