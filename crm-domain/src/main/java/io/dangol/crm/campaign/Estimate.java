package io.dangol.crm.campaign;

/** A difference between the touched and the held-out group, with its 95 % confidence interval. */
public record Estimate(double value, double low, double high) {

    /** The interval leaves out zero: the difference is unlikely to be chance at the 5 % level. */
    public boolean significant() {
        return low > 0 || high < 0;
    }

    public Estimate times(double factor) {
        return factor >= 0 ? new Estimate(value * factor, low * factor, high * factor)
                : new Estimate(value * factor, high * factor, low * factor);
    }

    public Estimate minus(double amount) {
        return new Estimate(value - amount, low - amount, high - amount);
    }
}
