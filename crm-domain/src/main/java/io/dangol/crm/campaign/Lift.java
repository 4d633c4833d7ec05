package io.dangol.crm.campaign;

import java.math.BigDecimal;
import java.util.Optional;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The statistics of a campaign's lift, from the group sums alone (so the database can sum a million members and the
 * JVM never sees them): the difference of two proportions with Newcombe's hybrid score interval (method 10 of
 * Newcombe 1998, from the two Wilson intervals: it stays honest when a small group has no buyers at all, where the
 * textbook Wald interval collapses to a point), and the difference of two means with Welch's interval (unequal
 * variances, Welch–Satterthwaite degrees of freedom). Both at 95 %.
 */
public final class Lift {

    private static final double Z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

    private Lift() {
    }

    /** {@code x1/n1 − x2/n2} with Newcombe's interval; empty when a group is empty. */
    public static Optional<Estimate> ofProportions(long x1, long n1, long x2, long n2) {
        if (n1 == 0 || n2 == 0) {
            return Optional.empty();
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double[] w1 = wilson(p1, n1);
        double[] w2 = wilson(p2, n2);
        double d = p1 - p2;
        double low = d - Math.sqrt((p1 - w1[0]) * (p1 - w1[0]) + (w2[1] - p2) * (w2[1] - p2));
        double high = d + Math.sqrt((w1[1] - p1) * (w1[1] - p1) + (p2 - w2[0]) * (p2 - w2[0]));
        return Optional.of(new Estimate(d, low, high));
    }

    /** Wilson's score interval of a proportion. */
    private static double[] wilson(double p, long n) {
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {centre - half, centre + half};
    }

    /**
     * The difference of the means of two groups given by their size, sum and sum of squares; empty when a group has
     * fewer than two members (no variance to speak of).
     */
    public static Optional<Estimate> ofMeans(BigDecimal sum1, BigDecimal squares1, long n1,
                                             BigDecimal sum2, BigDecimal squares2, long n2) {
        if (n1 < 2 || n2 < 2) {
            return Optional.empty();
        }
        double mean1 = sum1.doubleValue() / n1;
        double mean2 = sum2.doubleValue() / n2;
        double a = variance(sum1, squares1, n1) / n1;
        double b = variance(sum2, squares2, n2) / n2;
        double d = mean1 - mean2;
        if (a + b == 0) {
            return Optional.of(new Estimate(d, d, d));
        }
        double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        double t = new TDistribution(df).inverseCumulativeProbability(0.975);
        double se = Math.sqrt(a + b);
        return Optional.of(new Estimate(d, d - t * se, d + t * se));
    }

    /** The sample variance from the sums, computed in exact decimals before the division. */
    private static double variance(BigDecimal sum, BigDecimal squares, long n) {
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal spread = squares.multiply(count).subtract(sum.multiply(sum)); // n·Σx² − (Σx)² ≥ 0
        return Math.max(0, spread.doubleValue()) / ((double) n * (n - 1));
    }
}
