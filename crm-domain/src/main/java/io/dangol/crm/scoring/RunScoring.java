package io.dangol.crm.scoring;

import java.time.Duration;
import java.util.List;

/**
 * Runs the scoring job — from the admin page, the nightly schedule or the CLI — and, at the end of every run, tells
 * what follows a run (the retention worklist opens cases for the newly flagged core customers; the metrics hear each
 * phase too). One run at a time
 * across all instances: a second start throws {@link ScoringAlreadyRunning}.
 */
public final class RunScoring {

    private final ScoringJob job;
    private final List<ScoringListener> afterEveryRun;

    public RunScoring(ScoringJob job, List<ScoringListener> afterEveryRun) {
        this.job = job;
        this.afterEveryRun = List.copyOf(afterEveryRun);
    }

    /** Starts a run in the background and returns it as just recorded. */
    public ScoringRun start(ScoringRequest request) {
        return job.start(request, heard(ScoringListener.NONE));
    }

    /** Runs to the end in the caller's thread (the schedule, the CLI) and returns the finished run. */
    public ScoringRun run(ScoringRequest request, ScoringListener progress) {
        return job.run(request, heard(progress));
    }

    /** Marks runs left RUNNING by a process that died as FAILED, when no run is going on anywhere; returns how many. */
    public int failAbandonedRuns() {
        return job.failAbandonedRuns();
    }

    private ScoringListener heard(ScoringListener progress) {
        return new ScoringListener() {
            @Override
            public void phaseStarted(long runId, ScoringPhase phase) {
                progress.phaseStarted(runId, phase);
            }

            @Override
            public void phaseFinished(long runId, ScoringPhase phase, Duration took) {
                progress.phaseFinished(runId, phase, took);
                afterEveryRun.forEach(listener -> listener.phaseFinished(runId, phase, took));
            }

            @Override
            public void runFinished(ScoringRun run) {
                progress.runFinished(run);
                afterEveryRun.forEach(listener -> listener.runFinished(run));
            }
        };
    }
}
