package io.dangol.crm.scoring.persistence;

import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringPhase;
import java.time.Duration;
import java.time.Instant;

/** One run's phases as the admin page and the CLI see them: the run's progress, and the listener told each start and end. */
final class PhaseReport {

    private final JdbcScoringRuns runs;
    private final long runId;
    private final ScoringListener listener;

    PhaseReport(JdbcScoringRuns runs, long runId, ScoringListener listener) {
        this.runs = runs;
        this.runId = runId;
        this.listener = listener;
    }

    /** The phase begins: its first percent of progress is recorded; returns when it began. */
    Instant started(ScoringPhase phase) {
        runs.progress(runId, phase, switch (phase) {
            case FIT -> 0;
            case AGGREGATE -> 1;
            case SCORE -> 2;
            case PUBLISH -> 99;
        });
        listener.phaseStarted(runId, phase);
        return Instant.now();
    }

    void finished(ScoringPhase phase, Instant started) {
        listener.phaseFinished(runId, phase, Duration.between(started, Instant.now()));
    }

    /** Scoring is {@code done} of {@code total} customers through: progress 2–98%. */
    void scored(long done, long total) {
        runs.progress(runId, ScoringPhase.SCORE, (int) Math.min(98, 2 + 96 * done / Math.max(1, total)));
    }
}
