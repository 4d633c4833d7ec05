package io.dangol.crm.scoring;

import java.time.Instant;

/** A second start while a run is going on, in this or another app instance. */
public final class ScoringAlreadyRunning extends RuntimeException {

    private final transient Instant since;

    public ScoringAlreadyRunning(Instant since) {
        super("a scoring run is already running" + (since == null ? "" : " since " + since));
        this.since = since;
    }

    /** When the running run started; null when it is not known (another instance still starting it). */
    public Instant since() {
        return since;
    }
}
