package io.dangol.crm.scoring;

/** The steps of a scoring run, in order. */
public enum ScoringPhase {
    /** BG/NBD and Gamma-Gamma are fitted on the buyers' purchase histories (a sample of at most 30,000 customers). */
    FIT,
    /** PostgreSQL groups every customer's transactions and ranks them. */
    AGGREGATE,
    /** The JVM streams the aggregates, scores each customer and COPYs the results into a fresh table. */
    SCORE,
    /** Ladder history, stage updates, counts, and the atomic swap of the fresh table. */
    PUBLISH
}
