package io.dangol.crm.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BgNbdFitterTest {

    private final BgNbdFitter fitter = new BgNbdFitter();

    @Test
    void aFitOnSimulatedCustomersRecoversTheParameters() {
        BgNbdParameters truth = new BgNbdParameters(0.8, 6.0, 1.2, 3.5);
        List<RepeatHistory> simulated = simulate(truth, 20_000, 52, new SplittableRandom(7));

        BgNbdParameters fitted = fitter.fit(simulated).parameters().orElseThrow();

        assertThat(fitted.r()).isCloseTo(truth.r(), withinPercentage(10));
        assertThat(fitted.alpha()).isCloseTo(truth.alpha(), withinPercentage(10));
        assertThat(fitted.a()).isCloseTo(truth.a(), withinPercentage(20));
        assertThat(fitted.b()).isCloseTo(truth.b(), withinPercentage(20));
    }

    @Test
    void degenerateDataGetAClearAnswerNotNaN() {
        assertThat(fitter.fit(List.of()).parameters()).isEmpty();
        assertThat(fitter.fit(List.of()).note()).contains("fewer than two");
        assertThat(fitter.fit(List.of(RepeatHistory.of(3, 10, 20))).note()).contains("fewer than two");
        BgNbdFit onceEach = fitter.fit(List.of(new RepeatHistory(0, 0, 10, 500), new RepeatHistory(0, 0, 30, 200)));
        assertThat(onceEach.parameters()).isEmpty();
        assertThat(onceEach.note()).contains("no customer bought twice");
        BgNbdFit oneDay = fitter.fit(List.of(new RepeatHistory(2, 0, 0, 10), new RepeatHistory(0, 0, 0, 10)));
        assertThat(oneDay.parameters()).isEmpty();
        assertThat(oneDay.note()).contains("one day");
    }

    @Test
    void sharedHistoriesCountAsManyCustomers() {
        List<RepeatHistory> expanded = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expanded.add(RepeatHistory.of(0, 0, 30));
            expanded.add(RepeatHistory.of(2, 20, 30));
            expanded.add(RepeatHistory.of(5, 28, 30));
        }
        List<RepeatHistory> compressed = List.of(new RepeatHistory(0, 0, 30, 40), new RepeatHistory(2, 20, 30, 40),
                new RepeatHistory(5, 28, 30, 40));

        assertThat(fitter.fit(compressed).logLikelihood()).isCloseTo(fitter.fit(expanded).logLikelihood(), withinPercentage(0.0001));
    }

    @Test
    void predictionsStayFiniteAndSensible() {
        BgNbdModel model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
        assertThat(model.expectedPurchases(13, 0, 0, 100)).isFinite().isPositive();
        assertThat(model.expectedPurchases(13, 40, 99, 100)).isGreaterThan(model.expectedPurchases(13, 40, 20, 100));
        assertThat(model.probabilityAlive(40, 20, 100)).isBetween(0.0, 0.01);
        assertThat(model.probabilityAlive(0, 0, 100)).isEqualTo(1.0);
    }

    @Test
    void lifetimeValueIsDiscountedAndUsesTheMargin() {
        BgNbdModel purchases = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
        GammaGammaModel spend = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44));
        LifetimeValue undiscounted = new LifetimeValue(purchases, spend, BigDecimal.ONE, BigDecimal.ZERO, 12, 52.0 / 12, 2);
        LifetimeValue discounted = new LifetimeValue(purchases, spend, new BigDecimal("0.3"), new BigDecimal("0.10"), 12, 52.0 / 12, 2);

        BigDecimal full = undiscounted.predicted(2, 30.43, 38.86, 22.35);
        double expected = purchases.expectedPurchases(52, 2, 30.43, 38.86) * spend.expectedValue(2, 22.35);

        assertThat(full.doubleValue()).isCloseTo(expected, withinPercentage(0.01));
        assertThat(discounted.predicted(2, 30.43, 38.86, 22.35)).isLessThan(full.multiply(new BigDecimal("0.3")));
    }

    /** Simulates the BG/NBD story: λ ~ Gamma(r, α), p ~ Beta(a, b); after each repeat purchase a customer drops out with p. */
    static List<RepeatHistory> simulate(BgNbdParameters p, int customers, double maxAge, SplittableRandom random) {
        org.hipparchus.random.RandomGenerator generator = new org.hipparchus.random.Well19937c(random.nextLong());
        org.hipparchus.distribution.continuous.GammaDistribution rate =
                new org.hipparchus.distribution.continuous.GammaDistribution(p.r(), 1 / p.alpha());
        org.hipparchus.distribution.continuous.BetaDistribution dropout =
                new org.hipparchus.distribution.continuous.BetaDistribution(p.a(), p.b());
        List<RepeatHistory> histories = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            double lambda = rate.inverseCumulativeProbability(generator.nextDouble());
            double quit = dropout.inverseCumulativeProbability(generator.nextDouble());
            double age = maxAge * (0.25 + 0.75 * generator.nextDouble());
            double t = 0;
            double last = 0;
            int x = 0;
            while (true) {
                t += -Math.log(1 - generator.nextDouble()) / lambda;
                if (t > age) {
                    break;
                }
                x++;
                last = t;
                if (generator.nextDouble() < quit) { // BG/NBD: dropout happens right after a repeat purchase
                    break;
                }
            }
            histories.add(RepeatHistory.of(x, last, age));
        }
        return histories;
    }
}
