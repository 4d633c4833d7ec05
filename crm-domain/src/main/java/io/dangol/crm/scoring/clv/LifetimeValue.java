package io.dangol.crm.scoring.clv;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Predicted customer lifetime value over a horizon: for each month, the purchases BG/NBD expects in it ×
 * the value Gamma-Gamma expects per purchase × the margin, discounted monthly at an annual rate
 * (as lifetimes' {@code customer_lifetime_value}). The months' ends and discount factors are worked out once, not for
 * every customer.
 */
public final class LifetimeValue {

    private final BgNbdModel purchases;
    private final GammaGammaModel spend;
    private final BigDecimal margin;
    private final int currencyScale;
    private final double[] monthEnds;
    private final double[] discounts;
    private final double marginPerUnit;

    /** @param periodsPerMonth model periods in a month (4.345 for weeks) */
    public LifetimeValue(BgNbdModel purchases, GammaGammaModel spend, BigDecimal margin, BigDecimal annualDiscountRate,
                         int horizonMonths, double periodsPerMonth, int currencyScale) {
        this.purchases = purchases;
        this.spend = spend;
        this.margin = margin;
        this.currencyScale = currencyScale;
        this.monthEnds = new double[horizonMonths];
        this.discounts = new double[horizonMonths];
        double monthlyDiscount = Math.pow(1 + annualDiscountRate.doubleValue(), 1.0 / 12) - 1;
        for (int month = 1; month <= horizonMonths; month++) {
            monthEnds[month - 1] = month * periodsPerMonth;
            discounts[month - 1] = Math.pow(1 + monthlyDiscount, month);
        }
        this.marginPerUnit = margin.doubleValue() * Math.pow(10, currencyScale);
    }

    /** The ends of the horizon's months, in model periods from now, and one more horizon after them. */
    double[] monthEndsAnd(double horizon) {
        double[] ends = java.util.Arrays.copyOf(monthEnds, monthEnds.length + 1);
        ends[monthEnds.length] = horizon;
        return ends;
    }

    public BigDecimal predicted(int x, double tx, double age, double meanValue) {
        return predicted(purchases.expectedPurchases(monthEnds, x, tx, age), x, meanValue); // one series for all the months
    }

    /** The value from the purchases expected by the end of each month ({@code until}, at least the horizon's months). */
    BigDecimal predicted(double[] until, int x, double meanValue) {
        double value = Math.min(spend.expectedValue(x, meanValue), Double.MAX_VALUE);
        double total = 0;
        double before = 0;
        for (int month = 0; month < monthEnds.length; month++) {
            total += (until[month] - before) * value / discounts[month];
            before = until[month];
        }
        // in minor units, rounded half to even as BigDecimal would: exact while they fit a double's 53 bits (printing
        // the double to multiply it as a BigDecimal was a tenth of the scoring workers' time)
        double units = total * marginPerUnit;
        if (Double.isFinite(units) && Math.abs(units) < 1e15) {
            return BigDecimal.valueOf((long) Math.rint(units), currencyScale);
        }
        return BigDecimal.valueOf(total).multiply(margin).setScale(currencyScale, RoundingMode.HALF_EVEN);
    }
}
