package io.dangol.crm.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a long job one at a time across all app instances: a session-level advisory lock, held on the job's own
 * connection, and the job's results written in that connection's single transaction — so a failed or killed run
 * leaves nothing half-written, and the lock goes with the connection when the process dies. The job runs in the
 * caller's thread or on this runner's background thread; a helper thread serves work that runs beside it.
 */
public final class LockedJobs implements AutoCloseable {

    /** Work on the job's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(LockedJobs.class);

    private final DataSource dataSource;
    private final long lockKey;
    private final ExecutorService background;
    private final ExecutorService helper;

    /** @param name the threads' names: {@code name} for the job, {@code name-helper} beside it */
    public LockedJobs(DataSource dataSource, long lockKey, String name) {
        this.dataSource = dataSource;
        this.lockKey = lockKey;
        this.background = Executors.newSingleThreadExecutor(task -> daemon(task, name));
        this.helper = Executors.newSingleThreadExecutor(task -> daemon(task, name + "-helper"));
    }

    /** The lock on a connection of its own, or empty when another run holds it. */
    public Optional<Held> tryLock() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!tryLock(connection)) {
                connection.close();
                return Optional.empty();
            }
            return Optional.of(new Held(connection));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not take the job lock: " + e.getMessage(), e);
        }
    }

    /** Short work under the lock (checks while no run is going), or empty when a run holds it. */
    public <T> Optional<T> whileNoneRuns(Work<T> work) {
        Optional<Held> held = tryLock();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        try (Held lock = held.get()) {
            return Optional.of(work.on(lock.connection));
        } catch (SQLException e) {
            throw new IllegalStateException("job check failed: " + e.getMessage(), e);
        }
    }

    public void inBackground(Runnable job) {
        background.execute(job);
    }

    /** Where work beside the job runs (on a connection of its own). */
    public Executor helper() {
        return helper;
    }

    @Override
    public void close() {
        background.shutdownNow();
        helper.shutdownNow();
    }

    /** The lock, held on its connection until closed. */
    public final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        /**
         * The job's work in the connection's one transaction: committed when it returns, rolled back when it throws
         * (the exception goes on to the caller, who records the failure before closing, i.e. releasing the lock).
         */
        public void inOneTransaction(Work<Void> work) throws SQLException {
            try {
                connection.setAutoCommit(false);
                work.on(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                if (!connection.isClosed()) {
                    connection.setAutoCommit(true);
                    unlock(connection);
                }
            } catch (SQLException e) {
                log.warn("could not release the job lock cleanly: {}", e.getMessage());
            }
            closeQuietly(connection);
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, lockKey);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void unlock(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, lockKey);
            unlock.execute();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("rollback failed: {}", e.getMessage());
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("could not close a connection: {}", e.getMessage());
        }
    }
}
