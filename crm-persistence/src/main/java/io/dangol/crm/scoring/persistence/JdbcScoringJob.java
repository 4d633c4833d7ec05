package io.dangol.crm.scoring.persistence;

import io.dangol.crm.persistence.LockedJobs;
import io.dangol.crm.scoring.CustomerScore;
import io.dangol.crm.scoring.CustomerScorer;
import io.dangol.crm.scoring.ModelParameters;
import io.dangol.crm.scoring.RunTally;
import io.dangol.crm.scoring.ScoringAlreadyRunning;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringPhase;
import io.dangol.crm.scoring.ScoringRequest;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringRuns;
import io.dangol.crm.scoring.ScoringSettings;
import io.dangol.crm.scoring.ScoringSettingsStore;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.scoring.clv.ValueModels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * The scoring job on PostgreSQL, in four phases: the models are fitted (on a helper thread, on their own connection)
 * while one aggregate pass reads every customer's figures; each customer is scored in Java and copied into a fresh
 * score table; the table is published with the ladder moves, the churn radar and the dashboard figures.
 * {@link LockedJobs} makes it one run at a time across all app instances and writes all results in one transaction,
 * so a failed or killed run leaves the previous scores untouched; the run's record and progress are written on other
 * connections so they show while it runs.
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

    /**
     * Rows scored together, on all cores (the predictions' series are the costly part). Small enough that a batch dies
     * young: at 20,000 rows the batches in flight outlived young collections and filled the old generation (the heap
     * after a collection reached 359–386 MB of the 512 MB, against 132–139 MB now, the job no slower).
     */
    private static final int BATCH = 5_000;
    /** Rows a worker scores and prints in one go. */
    private static final int CHUNK = 1_000;

    private final DataSource dataSource;
    private final JdbcScoringRuns runs;
    private final ScoringSettingsStore settings;
    private final Clock clock;
    private final LockedJobs jobs;
    private final Cores nightly;
    private final Cores byHand;

    /**
     * How many cores a run may keep busy. All of them (not limited) is the fastest run. A limit builds the figures and
     * the fresh table's indexes with {@code count - 1} parallel workers and scores on {@code count} threads; one core
     * does one thing at a time: the models and the product pairs before the figures, and each batch scored before
     * the next is read.
     */
    record Cores(int count, boolean limited) {

        static Cores of(int asked) {
            int available = Runtime.getRuntime().availableProcessors();
            return asked <= 0 ? new Cores(available, false) : new Cores(Math.min(asked, available), true);
        }

        boolean one() {
            return count == 1;
        }
    }

    /**
     * @param cores       how many cores a scheduled or command-line run may keep busy ({@code crm.scoring.cores}); 0, the
     *                    default, for all of them — the fastest run, for the night
     * @param manualCores the same for a run started on the admin page ({@code crm.scoring.manual-cores}, 1 by default):
     *                    staff are at work then, and their pages keep the other cores
     */
    JdbcScoringJob(DataSource dataSource, JdbcScoringRuns runs, ScoringSettingsStore settings, Clock clock,
                   @Value("${crm.scoring.cores:0}") int cores, @Value("${crm.scoring.manual-cores:1}") int manualCores) {
        this.dataSource = dataSource;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
        this.jobs = new LockedJobs(dataSource, LOCK_KEY, "scoring");
        this.nightly = Cores.of(cores);
        this.byHand = Cores.of(manualCores);
    }

    @Override
    public ScoringRun start(ScoringRequest request, ScoringListener listener) {
        Started started = begin(request);
        jobs.inBackground(() -> finish(started, listener));
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
        return jobs.whileNoneRuns(connection -> runs.failAbandoned(0)).orElse(0);
    }

    private record Started(LockedJobs.Held lock, long runId, Instant asOf, Cores cores) { }

    private Started begin(ScoringRequest request) {
        LockedJobs.Held lock = jobs.tryLock()
                .orElseThrow(() -> new ScoringAlreadyRunning(runs.running().map(ScoringRun::startedAt).orElse(null)));
        try {
            Instant now = clock.instant();
            long runId = runs.create(request, now);
            int abandoned = runs.failAbandoned(runId);
            if (abandoned > 0) {
                log.warn("Marked {} interrupted scoring run(s) as FAILED", abandoned);
            }
            return new Started(lock, runId, request.asOf().orElse(now),
                    request.trigger() == ScoringTrigger.MANUAL ? byHand : nightly);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private void complete(Started started, ScoringListener listener) {
        PhaseReport phases = new PhaseReport(runs, started.runId(), listener);
        try (LockedJobs.Held lock = started.lock()) {
            try {
                lock.inOneTransaction(work -> {
                    ScoreTable.execute(work, "set local maintenance_work_mem = '" + INDEX_MEMORY + "'");
                    Cores cores = started.cores();
                    if (cores.limited()) { // the fresh table's indexes are built with parallel workers too
                        ScoreTable.execute(work, "set local max_parallel_maintenance_workers = " + (cores.count() - 1),
                                "set local max_parallel_workers_per_gather = " + (cores.count() - 1));
                    }
                    execute(work, started.runId(), started.asOf(), cores, phases);
                    return null;
                });
                log.info("Scoring run {} succeeded", started.runId());
            } catch (SQLException | RuntimeException e) {
                String message = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.error("Scoring run {} failed: {}", started.runId(), message, e);
                runs.fail(started.runId(), message);
            }
        }
    }

    private void execute(Connection work, long runId, Instant asOf, Cores cores, PhaseReport phases) throws SQLException {
        ScoringSettings current = settings.current();
        Instant since = asOf.atZone(ZoneOffset.UTC).minusMonths(current.windowMonths()).toInstant();
        Instant fitStart = phases.started(ScoringPhase.FIT);
        // the models are fitted on their own connection while PostgreSQL runs the aggregate pass
        CompletableFuture<ValueModels> fitting = CompletableFuture.supplyAsync(() -> {
            try {
                ValueModels models = ModelInputs.fit(dataSource, asOf, current.valueTerms());
                runs.recordModels(runId, ModelParameters.of(models.fitted(), models.period().unit()));
                phases.finished(ScoringPhase.FIT, fitStart);
                return models;
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the data for the lifetime-value models: " + e.getMessage(), e);
            }
        }, jobs.helper());
        // the product pairs (they need orders only) are read on the same helper while the run publishes, whose
        // statements keep one core busy: while the figures were written, the pairs slowed them by as much as they took
        CompletableFuture<Void> publishing = new CompletableFuture<>();
        CompletableFuture<ValueModels> pairsMayStart = cores.one() ? fitting : fitting.thenCombine(publishing, (models, go) -> models);
        CompletableFuture<List<ProductAffinity.Pair>> pairing = pairsMayStart.thenApplyAsync(models -> {
            try {
                return ProductAffinity.read(dataSource, asOf);
            } catch (SQLException e) {
                throw new IllegalStateException("could not pair the products bought together: " + e.getMessage(), e);
            }
        }, jobs.helper());
        if (cores.one()) { // one thing at a time: the models and the pairs before the figures
            joined(pairing);
        }
        RunTally tally = new RunTally();
        try {
            long customers = aggregateAndScore(work, runId, asOf, since, current, fitting, tally, cores, phases);
            publishing.complete(null);
            publish(work, runId, customers, tally, pairing, phases);
        } catch (SQLException | RuntimeException e) {
            pairing.cancel(false);
            throw e;
        } finally {
            fitting.cancel(false);
        }
    }

    /** The aggregate pass on a reading connection of its own, and every customer scored from it: how many. */
    private long aggregateAndScore(Connection work, long runId, Instant asOf, Instant since, ScoringSettings current,
                                   CompletableFuture<ValueModels> fitting, RunTally tally, Cores cores, PhaseReport phases)
            throws SQLException {
        try (Connection read = dataSource.getConnection()) {
            read.setAutoCommit(false);
            read.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            // not read-only: the aggregate pass writes its figures into a temporary table first
            if (cores.limited()) {
                ScoreTable.execute(read, "set local max_parallel_workers_per_gather = " + (cores.count() - 1));
            }
            Instant phaseStart = phases.started(ScoringPhase.AGGREGATE);
            long customers;
            try (AggregatePass.Pass pass = AggregatePass.prepare(read, asOf, since, new CustomerScorer(current, asOf)::cuts)) {
                pass.query().setFetchSize(5_000);
                try (ResultSet rows = pass.query().executeQuery()) {
                    phases.finished(ScoringPhase.AGGREGATE, phaseStart);
                    CustomerScorer scorer = new CustomerScorer(current, asOf, Optional.of(joined(fitting)));
                    customers = score(work, runId, rows, pass, scorer, tally, cores, phases);
                }
            }
            read.commit();
            return customers;
        }
    }

    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Scores the rows in batches, pipelined: while one batch is scored on all cores, this thread writes the batch before
     * it into the score table and reads the next one from the cursor (reading and writing were half of the phase, with
     * the cores idle meanwhile). The workers also print their scores as COPY rows, a chunk each: printed here, on the one
     * thread that reads the cursor, they were a fifth of the phase's work and held up the reading.
     */
    private long score(Connection work, long runId, ResultSet rows, AggregatePass.Pass pass, CustomerScorer scorer,
                       RunTally tally, Cores cores, PhaseReport phases)
            throws SQLException {
        Instant phaseStart = phases.started(ScoringPhase.SCORE);
        long done = 0;
        long total = pass.total();
        ForkJoinPool pool = new ForkJoinPool(cores.count());
        try (ScoreTable table = ScoreTable.create(work)) {
            Future<List<Scored>> scoring = null;
            AggregatePass.Reader reader = new AggregatePass.Reader(rows, pass);
            boolean more = rows.next();
            while (more) {
                List<AggregatePass.Row> batch = new ArrayList<>(BATCH);
                while (more && batch.size() < BATCH) {
                    batch.add(reader.row());
                    more = rows.next();
                }
                Future<List<Scored>> next = pool.submit(() -> IntStream.range(0, (batch.size() + CHUNK - 1) / CHUNK).parallel()
                        .mapToObj(chunk -> Scored.of(batch.subList(chunk * CHUNK, Math.min(batch.size(), (chunk + 1) * CHUNK)),
                                scorer, runId))
                        .toList());
                if (cores.one()) { // one thing at a time: this batch written before the next is read
                    done = write(next, table, tally, done, total, phases);
                    continue;
                }
                if (scoring != null) {
                    done = write(scoring, table, tally, done, total, phases);
                }
                scoring = next;
            }
            if (scoring != null) {
                done = write(scoring, table, tally, done, total, phases);
            }
            table.finish();
        } finally {
            pool.shutdownNow();
        }
        phases.finished(ScoringPhase.SCORE, phaseStart);
        return done;
    }

    /** A chunk of a batch: its customers' scores and the same as COPY rows. */
    private record Scored(List<CustomerScore> scores, byte[] copyRows) {
        static Scored of(List<AggregatePass.Row> rows, CustomerScorer scorer, long runId) {
            List<CustomerScore> scores = rows.stream().map(row -> scorer.score(row.figures(), row.ranks())).toList();
            return new Scored(scores, ScoreTable.copyRows(runId, scores));
        }
    }

    /** Writes a scored batch into the score table and the tally once its workers are done: how many are done now. */
    private static long write(Future<List<Scored>> scoring, ScoreTable table, RunTally tally, long done, long total,
                              PhaseReport phases) throws SQLException {
        List<Scored> chunks;
        try {
            chunks = scoring.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (Scored chunk : chunks) {
            table.write(chunk.copyRows());
            chunk.scores().forEach(tally::add);
            done += chunk.scores().size();
        }
        phases.scored(done, total);
        return done;
    }

    private void publish(Connection work, long runId, long customers, RunTally tally,
                         CompletableFuture<List<ProductAffinity.Pair>> pairs, PhaseReport phases)
            throws SQLException {
        Instant phaseStart = phases.started(ScoringPhase.PUBLISH);
        StepClock steps = new StepClock();
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
        steps.done("ladder moves");
        ScoringRun.Radar radar = ChurnWatch.record(work, runId, tally);
        steps.done("churn radar");
        RunFigures.record(work, runId, tally);
        steps.done("dashboard figures");
        ScoreTable.swapIn(work);
        steps.done("indexes and swap");
        ProductAffinity.write(work, joined(pairs));
        steps.done("product affinity");
        log.info("Scoring run {} published: {}", runId, steps);
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
        phases.finished(ScoringPhase.PUBLISH, phaseStart);
    }

    @Override
    public void destroy() {
        jobs.close();
    }

    /** The publish phase's steps and how long each took, for the log. */
    private static final class StepClock {
        private final StringBuilder steps = new StringBuilder();
        private long last = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            steps.append(steps.isEmpty() ? "" : ", ").append(step).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.1f s", (now - last) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return steps.toString();
        }
    }
}
