package io.dangol.crm.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CDNOW calibration/holdout check of the literature: 39 weeks in, 39 weeks out. */
class BacktestCdnowTest {

    @Test
    void theHoldoutIsPredictedAsPublished() {
        List<Backtest.Customer> customers = Cdnow.calibration().stream()
                .map(c -> new Backtest.Customer(RepeatHistory.of(c.x(), c.tx(), c.age()), c.holdout())).toList();

        Backtest backtest = Backtest.of(Instant.parse("1997-10-01T00:00:00Z"), 39, customers);

        assertThat(backtest.customers()).isEqualTo(2_357);
        assertThat(backtest.totalActual()).isEqualTo(1_882);
        assertThat(backtest.totalPredicted()).isCloseTo(1653.4, within(1.0));
        assertThat(backtest.groups()).hasSize(8);
        Backtest.Group none = backtest.groups().get(0);
        assertThat(none.repeats()).isZero();
        assertThat(none.customers()).isEqualTo(1_411);
        assertThat(none.meanActual()).isCloseTo(0.2367, within(0.0001));
        assertThat(backtest.groups().get(7).isOpenEnded()).isTrue();
        assertThat(backtest.groups().get(7).meanPredicted()).isGreaterThan(backtest.groups().get(1).meanPredicted());
        assertThat(backtest.meanAbsoluteError()).isPositive().isLessThan(1.5);
        assertThat(backtest.fit().parameters().orElseThrow().r()).isCloseTo(0.243, withinPercentage(1));
        // MBG/NBD on the same customers (SciPy with the lifetimes formulas: 1,576.7): further below the actual 1,882
        assertThat(backtest.modifiedFit().kind()).isEqualTo(PurchaseModel.MBG_NBD);
        assertThat(backtest.modifiedTotalPredicted()).isCloseTo(1576.7, within(2.0));
        assertThat(backtest.groups().get(0).meanPredictedModified()).isCloseTo(0.1852, within(0.001));
        assertThat(backtest.modifiedMeanAbsoluteError()).isPositive();
    }

    @Test
    void withoutDataTheBacktestIsEmptyNotNaN() {
        Backtest backtest = Backtest.of(Instant.EPOCH, 13, List.of());
        assertThat(backtest.groups()).isEmpty();
        assertThat(backtest.meanAbsoluteError()).isZero();
        assertThat(backtest.fit().parameters()).isEmpty();
    }
}
