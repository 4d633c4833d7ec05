package io.dangol.crm.importing.persistence;

import io.dangol.crm.importing.RecordWrite;
import io.dangol.crm.importing.RefusedFile;
import io.dangol.crm.importing.Rejection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * The transaction every kind is written in, on its own connection: staging tables made, rows staged (a file's with
 * COPY, a channel's one record with an insert), the kind's set-based upsert, then — for a file — the run's counts.
 * All or nothing: on any failure an unfinished COPY is cancelled and everything is rolled back.
 */
final class StagedLoad {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StagedLoad.class);

    /** Makes the temporary tables (and sets what the transaction needs). */
    @FunctionalInterface
    interface Prepare {
        void on(Connection work) throws SQLException;
    }

    /** Reads the file into the COPY; returns the records read. */
    @FunctionalInterface
    interface Read {
        long into(StagingCopy copy) throws RefusedFile;
    }

    /** Stages a channel's record with plain inserts. */
    @FunctionalInterface
    interface Stage {
        void on(Connection work) throws SQLException;
    }

    /** The kind's statements; returns how many records they inserted and updated. */
    @FunctionalInterface
    interface Upsert {
        Written on(Connection work) throws SQLException;
    }

    /** What an upsert wrote: records inserted (new) and updated (changed); the rest were already so. */
    record Written(long inserted, long updated) { }

    private StagedLoad() {
    }

    /** Customers named in the access log per statement once the import committed: the chain's lock is held that long. */
    static final int EDITS_PER_STATEMENT = 10_000;

    /**
     * Keeps, past the commit, which customers the import wrote ({@code select} yields their ids), so that each is named
     * in the access log as edited by the import's user (issue 14: imports are edits). Called by an upsert, inside its
     * transaction: a rolled-back import names nobody.
     */
    static void noteWritten(Connection work, String select, Object... parameters) throws SQLException {
        Runs.execute(work, "drop table if exists import_touched");
        try (PreparedStatement statement = work.prepareStatement("create temporary table import_touched as select distinct customer_id from ("
                + select + ") t(customer_id) where customer_id is not null")) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    /**
     * After the commit, one EDIT entry per customer the import wrote, in statements of {@value #EDITS_PER_STATEMENT} so
     * that pages writing their own entries meanwhile wait for one batch at most.
     */
    private static void recordEdits(Connection work, long runId) throws SQLException {
        if (Runs.count(work, "select count(*) where to_regclass('pg_temp.import_touched') is not null") == 0) {
            return;
        }
        long started = System.nanoTime();
        long after = 0;
        long named = 0;
        try (PreparedStatement batch = work.prepareStatement("""
                with chunk as (select customer_id from import_touched where customer_id > ? order by customer_id limit ?),
                     logged as (insert into access_log (at, username, source_ip, customer_id, action, what)
                                select now(), (select started_by from import_run where id = ?), '', customer_id, 'EDIT', ?
                                from chunk returning customer_id)
                select count(*), coalesce(max(customer_id), 0) from logged""")) {
            while (true) {
                batch.setLong(1, after);
                batch.setInt(2, EDITS_PER_STATEMENT);
                batch.setLong(3, runId);
                batch.setString(4, "import " + runId);
                long count;
                try (ResultSet rows = batch.executeQuery()) {
                    rows.next();
                    count = rows.getLong(1);
                    after = rows.getLong(2);
                }
                named += count;
                if (count < EDITS_PER_STATEMENT) {
                    break;
                }
            }
        } finally {
            Runs.execute(work, "drop table if exists import_touched");
        }
        LOG.debug("import: {} customers named in the access log in {} ms", named, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Loads a file; once committed, refreshes the planner's statistics of the {@code written} tables, so that the
     * next scoring run (or page) plans for the rows just brought in rather than for the tables as they were.
     */
    static void file(DataSource dataSource, long runId, String copySql, LongConsumer progress, Clock clock,
                     Prepare prepare, Read read, Upsert upsert, String writtenTables) throws RefusedFile {
        try (Connection work = dataSource.getConnection()) {
            work.setAutoCommit(false);
            StagingCopy copy = null;
            try {
                Runs.holdWhileRunning(work, runId);
                prepare.on(work);
                copy = new StagingCopy(work, runId, copySql, progress);
                long records = read.into(copy);
                copy.finish();
                progress.accept(records);
                Written written = upsert.on(work);
                Runs.keepRejected(work, runId);
                Runs.succeeded(work, runId, clock.instant(), records, written.inserted(), written.updated());
                work.commit();
                work.setAutoCommit(true);
                recordEdits(work, runId);
                long analyzing = System.nanoTime();
                Runs.execute(work, "analyze " + writtenTables);
                LOG.debug("import: statistics of {} refreshed in {} ms", writtenTables, (System.nanoTime() - analyzing) / 1_000_000);
            } catch (SQLException | RuntimeException | RefusedFile e) {
                if (copy != null) {
                    copy.cancel();
                }
                work.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the import could not be written: " + e.getMessage(), e);
        }
    }

    /** One record: written, or — when the upsert rejected it — nothing written and the first rejection answered. */
    static RecordWrite record(DataSource dataSource, Prepare prepare, Stage stage, Upsert upsert) throws SQLException {
        try (Connection work = dataSource.getConnection()) {
            work.setAutoCommit(false);
            try {
                prepare.on(work);
                stage.on(work);
                Written written = upsert.on(work);
                try (Statement statement = work.createStatement();
                     ResultSet rs = statement.executeQuery("select line, reason, detail from rejected order by line limit 1")) {
                    if (rs.next()) {
                        work.rollback();
                        return RecordWrite.rejected(new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), ""));
                    }
                }
                work.commit();
                return RecordWrite.of(written.inserted() > 0 ? RecordWrite.Outcome.INSERTED
                        : written.updated() > 0 ? RecordWrite.Outcome.UPDATED : RecordWrite.Outcome.UNCHANGED);
            } catch (SQLException | RuntimeException e) {
                work.rollback();
                throw e;
            }
        }
    }
}
