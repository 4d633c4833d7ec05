package io.dangol.crm.scoring;

/** Who asked for a run: a person on the admin page, the nightly schedule, or the command line. */
public enum ScoringTrigger {
    MANUAL, SCHEDULE, CLI
}
