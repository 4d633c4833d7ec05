package io.dangol.crm.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BG/NBD and Gamma-Gamma against the published CDNOW fits (Fader, Hardie & Lee 2005; the BTYD package's figures). */
class BgNbdCdnowTest {

    private static List<Cdnow.Customer> customers;
    private static BgNbdFit fit;

    @BeforeAll
    static void fitTheCohort() {
        customers = Cdnow.calibration();
        fit = new BgNbdFitter().fit(customers.stream().map(c -> RepeatHistory.of(c.x(), c.tx(), c.age())).toList());
    }

    @Test
    void theFitReproducesThePaper() {
        BgNbdParameters p = fit.parameters().orElseThrow();
        assertThat(customers).hasSize(2_357);
        assertThat(p.r()).isCloseTo(0.243, withinPercentage(1));
        assertThat(p.alpha()).isCloseTo(4.414, withinPercentage(1));
        assertThat(p.a()).isCloseTo(0.793, withinPercentage(1));
        assertThat(p.b()).isCloseTo(2.426, withinPercentage(1));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.429, within(0.01));
        assertThat(p.r()).isCloseTo(0.2425982, withinPercentage(0.05));
        assertThat(p.b()).isCloseTo(2.4261667, withinPercentage(0.05));
    }

    @Test
    void customer1516IsPredictedAsInTheBtydWalkthrough() {
        BgNbdModel model = new BgNbdModel(new BgNbdParameters(0.2425982, 4.4136842, 0.7929899, 2.4261667));
        Cdnow.Customer c1516 = customers.stream().filter(c -> c.id().equals("1516")).findFirst().orElseThrow();

        assertThat(model.expectedPurchases(52, c1516.x(), c1516.tx(), c1516.age())).isCloseTo(25.75659, withinPercentage(0.01));
        assertThat(model.probabilityAlive(c1516.x(), c1516.tx(), c1516.age())).isCloseTo(0.9688523, withinPercentage(0.01));
        assertThat(model.expectedPurchasesOfANewCustomer(52)).isCloseTo(1.444004, withinPercentage(0.01));
    }

    @Test
    void theFittedModelAgreesWithTheWorkedExamplesToFourDigits() {
        BgNbdModel model = fit.model().orElseThrow();
        assertThat(model.expectedPurchases(52, 26, 30.85714, 31)).isCloseTo(25.75659, withinPercentage(0.05));
        assertThat(model.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.9688523, withinPercentage(0.05));
    }

    @Test
    void lifetimesUnitExamplesHold() {
        BgNbdModel lifetimes = new BgNbdModel(new BgNbdParameters(0.242593, 4.413532, 0.792886, 2.425752));
        assertThat(lifetimes.expectedPurchasesOfANewCustomer(78)).isCloseTo(1.8576, within(0.005));
        assertThat(lifetimes.expectedPurchasesOfANewCustomer(1)).isCloseTo(0.0532, within(0.0005));
        assertThat(lifetimes.expectedPurchasesOfANewCustomer(32)).isCloseTo(1.0437, within(0.005));
        assertThat(lifetimes.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
        BgNbdModel fitted = fit.model().orElseThrow();
        assertThat(fitted.expectedPurchases(1, 26, 30.86, 31.00)).isCloseTo(0.710623, withinPercentage(0.1));
        assertThat(fitted.expectedPurchases(1, 18, 35.14, 35.86)).isCloseTo(0.424877, withinPercentage(0.1));
    }

    @Test
    void theHoldoutTotalIsPredictedAsPublished() {
        BgNbdModel btyd = new BgNbdModel(new BgNbdParameters(0.2425982, 4.4136842, 0.7929899, 2.4261667));
        double predicted = customers.stream().mapToDouble(c -> btyd.expectedPurchases(39, c.x(), c.tx(), c.age())).sum();
        assertThat(predicted).isCloseTo(1653.4, within(0.5));
        assertThat(customers.stream().mapToInt(Cdnow.Customer::holdout).sum()).isEqualTo(1_882);
    }

    @Test
    void gammaGammaReproducesFaderAndHardie() {
        List<SpendHistory> repeaters = customers.stream().filter(c -> c.x() > 0 && c.meanRepeatValue() > 0)
                .map(c -> new SpendHistory(c.x(), c.meanRepeatValue())).toList();

        GammaGammaModel.Fit spend = GammaGammaModel.fit(repeaters);

        GammaGammaParameters p = spend.parameters().orElseThrow();
        assertThat(repeaters).hasSize(946);
        assertThat(p.p()).isCloseTo(6.25, withinPercentage(1));
        assertThat(p.q()).isCloseTo(3.74, withinPercentage(1));
        assertThat(p.gamma()).isCloseTo(15.44, withinPercentage(1));
        assertThat(spend.logLikelihood()).isCloseTo(-4055.9177, within(0.01));
        GammaGammaModel model = new GammaGammaModel(p);
        assertThat(model.populationMean()).isCloseTo(35.170981, withinPercentage(0.5));
    }
}
