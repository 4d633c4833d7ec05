package io.dangol.crm.scoring.persistence;

import io.dangol.crm.scoring.CustomerFigures;
import io.dangol.crm.scoring.CustomerScore;
import io.dangol.crm.scoring.CustomerScorer;
import io.dangol.crm.scoring.ModelParameters;
import io.dangol.crm.scoring.Ranks;
import io.dangol.crm.scoring.ScoringAlreadyRunning;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringPhase;
import io.dangol.crm.scoring.ScoringRequest;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringRuns;
import io.dangol.crm.scoring.ScoringSettings;
import io.dangol.crm.scoring.ScoringSettingsStore;
import io.dangol.crm.scoring.clv.ValueModels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Repository;

/**
 * The scoring job on PostgreSQL. A session-level advisory lock, held on the run's own connection, makes it
 * one run at a time across all app instances. All results are written in that connection's single
 * transaction, so a failed or killed run leaves the previous scores untouched; the run's record and
 * progress are written on other connections so they show while it runs.
 */
@Repository
class JdbcScoringJob implements ScoringJob, DisposableBean {

    static final long LOCK_KEY = 0x44616e676f6cL; // "Dangol"
    private static final Logger log = LoggerFactory.getLogger(JdbcScoringJob.class);
    /**
     * Memory for building the fresh table's indexes. (A larger work_mem for the aggregate pass was measured and
     * made it slower: 43.8 s against 31.9 s at a million customers.)
     */
    private static final String INDEX_MEMORY = "256MB";

    /** Rows scored together, on all cores (the predictions' series are the costly part). */
    private static final int BATCH = 20_000;

    private record Scorable(CustomerFigures figures, Ranks ranks) { }

    private final DataSource dataSource;
    private final JdbcScoringRuns runs;
    private final ScoringSettingsStore settings;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> daemon(r, "scoring"));
    private final ExecutorService fitter = Executors.newSingleThreadExecutor(r -> daemon(r, "scoring-fit"));

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    JdbcScoringJob(DataSource dataSource, JdbcScoringRuns runs, ScoringSettingsStore settings, Clock clock) {
        this.dataSource = dataSource;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ScoringRun start(ScoringRequest request, ScoringListener listener) {
        Started started = begin(request);
        background.execute(() -> finish(started, listener));
        return runs.find(started.runId()).orElseThrow();
    }

    @Override
    public ScoringRun run(ScoringRequest request, ScoringListener listener) {
        return finish(begin(request), listener);
    }

    private ScoringRun finish(Started started, ScoringListener listener) {
        complete(started, listener);
        ScoringRun finished = runs.find(started.runId()).orElseThrow();
        listener.runFinished(finished);
        return finished;
    }

    @Override
    public int failAbandonedRuns() {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                return 0;
            }
            try {
                return runs.failAbandoned(0);
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check for interrupted scoring runs: " + e.getMessage(), e);
        }
    }

    private record Started(Connection connection, long runId, Instant asOf) { }

    private Started begin(ScoringRequest request) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!tryLock(connection)) {
                connection.close();
                throw new ScoringAlreadyRunning(runs.running().map(ScoringRun::startedAt).orElse(null));
            }
            Instant now = clock.instant();
            long runId = runs.create(request, now);
            int abandoned = runs.failAbandoned(runId);
            if (abandoned > 0) {
                log.warn("Marked {} interrupted scoring run(s) as FAILED", abandoned);
            }
            return new Started(connection, runId, request.asOf().orElse(now));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not start scoring: " + e.getMessage(), e);
        }
    }

    private void complete(Started started, ScoringListener listener) {
        Connection work = started.connection();
        try {
            work.setAutoCommit(false);
            ScoreTable.execute(work, "set local maintenance_work_mem = '" + INDEX_MEMORY + "'");
            execute(work, started.runId(), started.asOf(), listener);
            work.commit();
            log.info("Scoring run {} succeeded", started.runId());
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(work);
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("Scoring run {} failed: {}", started.runId(), message, e);
            runs.fail(started.runId(), message);
        } finally {
            try {
                work.setAutoCommit(true);
                unlock(work);
            } catch (SQLException e) {
                log.warn("could not release the scoring lock cleanly: {}", e.getMessage());
            }
            closeQuietly(work);
        }
    }

    private void execute(Connection work, long runId, Instant asOf, ScoringListener listener) throws SQLException {
        ScoringSettings current = settings.current();
        Instant since = asOf.atZone(ZoneOffset.UTC).minusMonths(current.windowMonths()).toInstant();
        Instant fitStart = phase(runId, ScoringPhase.FIT, listener);
        // the models are fitted on their own connection while PostgreSQL runs the aggregate pass
        CompletableFuture<ValueModels> fitting = CompletableFuture.supplyAsync(() -> {
            try {
                ValueModels models = ModelInputs.fit(dataSource, asOf, current.valueTerms());
                runs.recordModels(runId, ModelParameters.of(models.fitted(), models.period().unit()));
                phaseDone(runId, ScoringPhase.FIT, fitStart, listener);
                return models;
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the data for the lifetime-value models: " + e.getMessage(), e);
            }
        }, fitter);
        long customers;
        try (Connection read = dataSource.getConnection()) {
            read.setAutoCommit(false);
            read.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            read.setReadOnly(true);
            try (PreparedStatement query = AggregatePass.prepare(read, asOf, since)) {
                query.setFetchSize(5_000);
                Instant phaseStart = phase(runId, ScoringPhase.AGGREGATE, listener);
                try (ResultSet rows = query.executeQuery()) {
                    phaseDone(runId, ScoringPhase.AGGREGATE, phaseStart, listener);
                    CustomerScorer scorer = new CustomerScorer(current, asOf, Optional.of(fitted(fitting)));
                    customers = score(work, runId, rows, scorer, listener);
                }
            }
            read.commit();
        } finally {
            fitting.cancel(false);
        }
        publish(work, runId, customers, asOf, listener);
    }

    private static ValueModels fitted(CompletableFuture<ValueModels> fitting) {
        try {
            return fitting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private long score(Connection work, long runId, ResultSet rows, CustomerScorer scorer, ScoringListener listener)
            throws SQLException {
        Instant phaseStart = phase(runId, ScoringPhase.SCORE, listener);
        long done = 0;
        long total = 0;
        List<Scorable> batch = new ArrayList<>(BATCH);
        try (ScoreTable table = ScoreTable.create(work, runId)) {
            boolean more = rows.next();
            while (more) {
                total = rows.getLong("total");
                batch.add(new Scorable(AggregatePass.figures(rows), AggregatePass.ranks(rows)));
                more = rows.next();
                if (batch.size() == BATCH || !more) {
                    for (CustomerScore score : batch.parallelStream().map(s -> scorer.score(s.figures(), s.ranks())).toList()) {
                        table.add(score);
                    }
                    done += batch.size();
                    batch.clear();
                    runs.progress(runId, ScoringPhase.SCORE, (int) Math.min(98, 2 + 96 * done / total));
                }
            }
            table.finish();
        }
        phaseDone(runId, ScoringPhase.SCORE, phaseStart, listener);
        return done;
    }

    private void publish(Connection work, long runId, long customers, Instant asOf, ScoringListener listener)
            throws SQLException {
        Instant phaseStart = phase(runId, ScoringPhase.PUBLISH, listener);
        long climbed;
        long fell;
        try (PreparedStatement moves = work.prepareStatement(LadderMoves.SQL)) {
            moves.setLong(1, runId);
            moves.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet counted = moves.executeQuery()) {
                counted.next();
                climbed = counted.getLong("climbed");
                fell = counted.getLong("fell");
            }
        }
        ScoreTable.execute(work, LadderMoves.UPDATE_STAGES);
        ScoringRun.Radar radar = ChurnWatch.record(work, runId);
        try (PreparedStatement counts = work.prepareStatement(LadderMoves.COUNTS)) {
            counts.setLong(1, runId);
            counts.setLong(2, runId);
            counts.executeUpdate();
        }
        RunFigures.record(work, runId);
        ProductAffinity.record(work, asOf, customers);
        ScoreTable.swapIn(work);
        try (PreparedStatement finish = work.prepareStatement("""
                update scoring_run set status = 'SUCCEEDED', finished_at = ?, phase = 'PUBLISH', progress = 100,
                       customers = ?, climbed = ?, fell = ?, at_risk = ?, at_risk_core = ?, newly_at_risk = ?, core_lost = ?
                where id = ?""")) {
            finish.setTimestamp(1, Timestamp.from(clock.instant()));
            finish.setLong(2, customers);
            finish.setLong(3, climbed);
            finish.setLong(4, fell);
            finish.setLong(5, radar.atRisk());
            finish.setLong(6, radar.atRiskCore());
            finish.setLong(7, radar.newlyAtRisk());
            finish.setLong(8, radar.coreLost());
            finish.setLong(9, runId);
            finish.executeUpdate();
        }
        phaseDone(runId, ScoringPhase.PUBLISH, phaseStart, listener);
    }

    private Instant phase(long runId, ScoringPhase phase, ScoringListener listener) {
        runs.progress(runId, phase, switch (phase) {
            case FIT -> 0;
            case AGGREGATE -> 1;
            case SCORE -> 2;
            case PUBLISH -> 99;
        });
        listener.phaseStarted(runId, phase);
        return Instant.now();
    }

    private static void phaseDone(long runId, ScoringPhase phase, Instant started, ScoringListener listener) {
        listener.phaseFinished(runId, phase, Duration.between(started, Instant.now()));
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
        }
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

    @Override
    public void destroy() {
        background.shutdownNow();
        fitter.shutdownNow();
    }
}
