package io.dangol.crm.scoring;

/** Hears a run's phases as they start and end (the CLI prints each phase's time), and the run's end. */
public interface ScoringListener {

    ScoringListener NONE = new ScoringListener() { };

    default void phaseStarted(long runId, ScoringPhase phase) {
    }

    default void phaseFinished(long runId, ScoringPhase phase, java.time.Duration took) {
    }

    /** The run ended, SUCCEEDED or FAILED; the new scores are in place when it succeeded. */
    default void runFinished(ScoringRun run) {
    }
}
