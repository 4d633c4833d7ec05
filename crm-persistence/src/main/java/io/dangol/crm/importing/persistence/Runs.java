package io.dangol.crm.importing.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The statements every kind's load ends with, inside its transaction: keep the rejected rows, record the counts. */
final class Runs {

    private Runs() {
    }

    /** Rows read so far, for the page — on its own connection, while the import's transaction is still open. */
    /** The advisory-lock class of running imports: (this, run id) is held by the import's transaction while it runs. */
    static final int LOCK_CLASS = 0x494d50; // "IMP"

    /**
     * Marks the run as alive for as long as the import's transaction lasts (the lock goes with the transaction, or with
     * the connection when the process dies), so that another instance starting up does not take it for abandoned.
     */
    static void holdWhileRunning(Connection work, long runId) throws SQLException {
        try (PreparedStatement lock = work.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, (int) runId);
            lock.execute();
        }
    }

    static void progress(JdbcClient jdbc, long runId, long read) {
        jdbc.sql("update import_run set rows_read = ? where id = ? and status = 'RUNNING'").params(read, runId).update();
    }

    /** What the import writes now, for the page — on its own connection, like {@link #progress}. */
    static void phase(JdbcClient jdbc, long runId, String phase) {
        jdbc.sql("update import_run set phase = ? where id = ? and status = 'RUNNING'").params(phase, runId).update();
    }

    /** Rows the set-based upsert rejected (temporary table {@code rejected}) join those the reader rejected. */
    static void keepRejected(Connection work, long runId) throws SQLException {
        try (PreparedStatement keep = work.prepareStatement(
                "insert into import_rejection (run_id, line, reason, detail) select ?, line, reason, detail from rejected")) {
            keep.setLong(1, runId);
            keep.executeUpdate();
        }
    }

    /** Ends the run SUCCEEDED: read = inserted + updated + unchanged + rejected. */
    static void succeeded(Connection work, long runId, Instant at, long read, long inserted, long updated)
            throws SQLException {
        long rejected = count(work, "select count(*) from import_rejection where run_id = " + runId);
        try (PreparedStatement done = work.prepareStatement("""
                update import_run set status = 'SUCCEEDED', finished_at = ?, rows_read = ?, inserted = ?, updated = ?,
                       unchanged = ?, rejected = ? where id = ?""")) {
            done.setTimestamp(1, Timestamp.from(at));
            done.setLong(2, read);
            done.setLong(3, inserted);
            done.setLong(4, updated);
            done.setLong(5, read - rejected - inserted - updated);
            done.setLong(6, rejected);
            done.setLong(7, runId);
            done.executeUpdate();
        }
    }

    static void execute(Connection work, String sql) throws SQLException {
        try (Statement statement = work.createStatement()) {
            statement.execute(sql);
        }
    }

    static long count(Connection work, String sql) throws SQLException {
        try (Statement statement = work.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
