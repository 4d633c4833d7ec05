package io.dangol.crm.scoring.clv;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Predicted customer lifetime value over a horizon: for each month, the purchases BG/NBD expects in it ×
 * the value Gamma-Gamma expects per purchase × the margin, discounted monthly at an annual rate
 * (as lifetimes' {@code customer_lifetime_value}).
 *
 * @param periodsPerMonth model periods in a month (4.345 for weeks)
 */
public record LifetimeValue(BgNbdModel purchases, GammaGammaModel spend, BigDecimal margin, BigDecimal annualDiscountRate,
                            int horizonMonths, double periodsPerMonth, int currencyScale) {

    public BigDecimal predicted(int x, double tx, double age, double meanValue) {
        double value = Math.min(spend.expectedValue(x, meanValue), Double.MAX_VALUE);
        double monthlyDiscount = Math.pow(1 + annualDiscountRate.doubleValue(), 1.0 / 12) - 1;
        double[] ends = new double[horizonMonths];
        for (int month = 1; month <= horizonMonths; month++) {
            ends[month - 1] = month * periodsPerMonth;
        }
        double[] until = purchases.expectedPurchases(ends, x, tx, age); // one series for all the months
        double total = 0;
        double before = 0;
        for (int month = 1; month <= horizonMonths; month++) {
            total += (until[month - 1] - before) * value / Math.pow(1 + monthlyDiscount, month);
            before = until[month - 1];
        }
        return BigDecimal.valueOf(total).multiply(margin).setScale(currencyScale, RoundingMode.HALF_EVEN);
    }
}
