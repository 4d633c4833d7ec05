package io.dangol.crm.retention;

import java.math.BigDecimal;

/**
 * What became of a group of flagged core customers since they were flagged: how many there are, how many bought
 * again, how many are still core, and their P(alive) now (summed, and summed in squares, for the interval).
 */
public record RetentionGroup(long customers, long boughtAgain, long stillCore, BigDecimal pAlive, BigDecimal pAliveSquares) {

    public double boughtShare() {
        return customers == 0 ? 0 : (double) boughtAgain / customers;
    }

    public double coreShare() {
        return customers == 0 ? 0 : (double) stillCore / customers;
    }

    public double meanPAlive() {
        return customers == 0 ? 0 : pAlive.doubleValue() / customers;
    }
}
