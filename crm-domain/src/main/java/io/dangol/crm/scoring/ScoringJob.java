package io.dangol.crm.scoring;

import io.dangol.crm.shared.WritePort;

/**
 * The scoring job (docs/scoring.md): one set-based pass over every customer's transactions, scores
 * and ladder stages written into a fresh table swapped in at the end. One run at a time across all app
 * instances: a second start throws {@link ScoringAlreadyRunning}.
 */
@WritePort
public interface ScoringJob {

    /** Starts a run in the background and returns it as just recorded; the listener hears it to its end. */
    ScoringRun start(ScoringRequest request, ScoringListener listener);

    /** Runs to the end in the caller's thread and returns the finished run (SUCCEEDED or FAILED). */
    ScoringRun run(ScoringRequest request, ScoringListener listener);

    default ScoringRun start(ScoringTrigger trigger, String startedBy) {
        return start(ScoringRequest.now(trigger, startedBy), ScoringListener.NONE);
    }

    default ScoringRun run(ScoringTrigger trigger, String startedBy, ScoringListener listener) {
        return run(ScoringRequest.now(trigger, startedBy), listener);
    }

    /** Marks runs left RUNNING by a process that died as FAILED, when no run is going on anywhere; returns how many. */
    int failAbandonedRuns();
}
