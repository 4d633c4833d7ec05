package io.dangol.crm.ladder;

/**
 * Where a customer stands on the ladder (docs/scoring.md). PROSPECT is a customer on record who has not bought
 * yet (a lead, or a contact logged before the first order); the scoring job moves them on.
 */
public enum LadderStage {
    PROSPECT, BUYER, IDENTIFIED, CORE;

    public boolean isAbove(LadderStage other) {
        return compareTo(other) > 0;
    }
}
