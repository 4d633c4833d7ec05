package io.dangol.crm.scoring.clv;

import static org.hipparchus.special.Gamma.logGamma;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Fits BG/NBD (or MBG/NBD) by maximum likelihood with Hipparchus' Nelder–Mead simplex on the logs of the parameters
 * (so they stay positive), restarted from its own optimum until the likelihood stops improving. It works
 * on unique histories with counts, and the terms that depend only on x are computed once per distinct x,
 * so a million customers cost little more than a few thousand.
 */
public final class BgNbdFitter {

    private static final int MAX_EVALUATIONS = 20_000;
    private static final int MAX_RESTARTS = 6;

    private final PurchaseModel kind;

    /** Fits BG/NBD. */
    public BgNbdFitter() {
        this(PurchaseModel.BG_NBD);
    }

    public BgNbdFitter(PurchaseModel kind) {
        this.kind = kind;
    }

    public BgNbdFit fit(List<RepeatHistory> histories) {
        long started = System.nanoTime();
        long customers = histories.stream().mapToLong(RepeatHistory::customers).sum();
        long repeaters = histories.stream().filter(h -> h.x() > 0).mapToLong(RepeatHistory::customers).sum();
        String unfit = customers < 2 ? "fewer than two customers"
                : repeaters == 0 ? "no customer bought twice: the model cannot be fitted"
                : histories.stream().allMatch(h -> h.age() == 0) ? "all purchases on one day: there is no time to learn from"
                : null;
        if (unfit != null) {
            return new BgNbdFit(Optional.empty(), Double.NaN, customers, 0, Duration.ofNanos(System.nanoTime() - started), unfit,
                    kind);
        }
        Data data = Data.of(histories, kind == PurchaseModel.MBG_NBD);
        double meanAge = histories.stream().mapToDouble(h -> h.age() * h.customers()).sum() / customers;
        double[] point = {0, Math.log(Math.max(1e-3, meanAge)), 0, 0};
        double best = Double.NEGATIVE_INFINITY;
        int evaluations = 0;
        for (int restart = 0; restart < MAX_RESTARTS; restart++) {
            SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-10);
            PointValuePair optimum = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(data::logLikelihood),
                    GoalType.MAXIMIZE, new InitialGuess(point), new NelderMeadSimplex(4, 0.5));
            evaluations += optimizer.getEvaluations();
            point = optimum.getPoint();
            double gain = optimum.getValue() - best;
            best = optimum.getValue();
            if (gain < 1e-9) {
                break;
            }
        }
        BgNbdParameters parameters = new BgNbdParameters(Math.exp(point[0]), Math.exp(point[1]), Math.exp(point[2]),
                Math.exp(point[3]));
        return new BgNbdFit(Optional.of(parameters), best, customers, evaluations,
                Duration.ofNanos(System.nanoTime() - started), "", kind);
    }

    /** Histories in flat arrays, with the index of each distinct x for the terms that depend on x alone. */
    private record Data(int[] distinctX, int[] xIndex, int[] x, double[] tx, double[] age, double[] weight, boolean modified) {

        static Data of(List<RepeatHistory> histories, boolean modified) {
            int[] distinct = histories.stream().mapToInt(RepeatHistory::x).distinct().sorted().toArray();
            int n = histories.size();
            int[] xIndex = new int[n];
            int[] x = new int[n];
            double[] tx = new double[n];
            double[] age = new double[n];
            double[] weight = new double[n];
            for (int i = 0; i < n; i++) {
                RepeatHistory h = histories.get(i);
                xIndex[i] = java.util.Arrays.binarySearch(distinct, h.x());
                x[i] = h.x();
                tx[i] = h.tx();
                age[i] = h.age();
                weight[i] = h.customers();
            }
            return new Data(distinct, xIndex, x, tx, age, weight, modified);
        }

        double logLikelihood(double[] logParameters) {
            double r = Math.exp(logParameters[0]);
            double alpha = Math.exp(logParameters[1]);
            double a = Math.exp(logParameters[2]);
            double b = Math.exp(logParameters[3]);
            if (!Double.isFinite(r + alpha + a + b) || r < 1e-8 || alpha < 1e-8 || a < 1e-8 || b < 1e-8) {
                return Double.NEGATIVE_INFINITY;
            }
            double[] perX = new double[distinctX.length];
            double[] repeatTerm = new double[distinctX.length];
            double common = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
            int shift = modified ? 1 : 0;
            for (int k = 0; k < distinctX.length; k++) {
                int xk = distinctX[k];
                perX[k] = common + logGamma(r + xk) + logGamma(b + xk + shift) - logGamma(a + b + xk + shift);
                repeatTerm[k] = xk == 0 && !modified ? 0 : Math.log(a) - Math.log(b + xk - 1 + shift);
            }
            double total = 0;
            for (int i = 0; i < x.length; i++) {
                double rx = r + x[i];
                double a3 = -rx * Math.log(alpha + age[i]);
                double last;
                if (x[i] == 0 && !modified) {
                    last = a3;
                } else {
                    double a4 = repeatTerm[xIndex[i]] - rx * Math.log(alpha + tx[i]);
                    double max = Math.max(a3, a4);
                    last = max + Math.log1p(Math.exp(Math.min(a3, a4) - max));
                }
                total += weight[i] * (perX[xIndex[i]] + last);
            }
            return Double.isNaN(total) ? Double.NEGATIVE_INFINITY : total;
        }
    }
}
