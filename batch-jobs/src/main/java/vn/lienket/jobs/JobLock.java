package vn.lienket.jobs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import vn.lienket.domain.Sha256;

/**
 * A PostgreSQL session advisory lock on one piece of work (a file's bytes to load, a set of scorecards
 * to render), held on a connection of its own for as long as this process does that work. PostgreSQL
 * releases it when that connection ends, also when the JVM is killed; so whoever holds it knows that a
 * job execution for that work still marked running belongs to a process that is gone
 * ({@link ResumableJobs}), and a second process handed the same work waits for the first instead of
 * failing.
 */
public final class JobLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Connection connection;
    private final long key;

    private JobLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /** The lock's key for a piece of work named by text: the first 64 bits of the text's SHA-256. */
    private static long keyOf(String work) {
        return ByteBuffer.wrap(Sha256.digest(work.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /**
     * Waits until no other process does this work, at most {@code patience}: a holder whose machine
     * vanished without closing its connection keeps the lock until PostgreSQL notices. {@code work}
     * names the work exactly (the job's name and what it works on); {@code doing} says it in the
     * message of a wait that ran out ("loading these bytes").
     */
    public static JobLock acquire(DataSource dataSource, String work, Duration patience, String doing) throws SQLException {
        long key = keyOf(work);
        Instant deadline = Instant.now().plus(patience);
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            while (!tryLock(connection, key)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new SQLException("another process has been " + doing + " for more than " + patience);
                }
                Thread.sleep(POLL.toMillis());
            }
            return new JobLock(connection, key);
        } catch (InterruptedException e) {
            connection.close();
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for another process " + doing, e);
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
