package io.dangol.crm.scoring.clv;

/** A repeat buyer's spend: {@code x} repeat purchases with mean value {@code meanValue} (currency units). */
public record SpendHistory(int x, double meanValue) {

    public SpendHistory {
        if (x < 1 || !(meanValue > 0)) {
            throw new IllegalArgumentException("a spend history needs x >= 1 and a positive mean, not " + x + ", " + meanValue);
        }
    }
}
