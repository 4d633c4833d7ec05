package io.dangol.crm.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The lifetime value and the next 90 days from one series, against each computed the plain way. */
class LifetimeValueProperties {

    private static final BgNbdParameters FITTED = new BgNbdParameters(0.2426, 4.4137, 0.7930, 2.4262);
    private static final GammaGammaModel SPEND = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44));

    @Property(tries = 500)
    void theValueIsTheDiscountedMonthsRoundedHalfToEven(@ForAll @IntRange(min = 0, max = 80) int x,
                                                        @ForAll @DoubleRange(min = 0, max = 1) double recency,
                                                        @ForAll @DoubleRange(min = 0.1, max = 300) double age,
                                                        @ForAll @DoubleRange(min = 1, max = 2_000_000) double meanValue,
                                                        @ForAll @IntRange(min = 0, max = 2) int scale, @ForAll boolean modified) {
        BgNbdModel purchases = new BgNbdModel(FITTED, modified ? PurchaseModel.MBG_NBD : PurchaseModel.BG_NBD);
        BigDecimal margin = new BigDecimal("0.27");
        BigDecimal rate = new BigDecimal("0.10");
        LifetimeValue value = new LifetimeValue(purchases, SPEND, margin, rate, 12, 4.345, scale);
        double tx = x == 0 ? 0 : recency * age;

        double monthly = Math.pow(1.10, 1.0 / 12) - 1;
        double total = 0;
        double before = 0;
        for (int month = 1; month <= 12; month++) {
            double until = purchases.expectedPurchases(month * 4.345, x, tx, age);
            total += (until - before) * SPEND.expectedValue(x, meanValue) / Math.pow(1 + monthly, month);
            before = until;
        }
        BigDecimal plain = BigDecimal.valueOf(total).multiply(margin).setScale(scale, RoundingMode.HALF_EVEN);

        BigDecimal predicted = value.predicted(x, tx, age, meanValue);
        assertThat(predicted.scale()).isEqualTo(scale);
        assertThat(predicted.subtract(plain).abs()).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(scale)
                .max(plain.abs().movePointLeft(9)));
    }

    @Property(tries = 300)
    void theNextNinetyDaysComeFromTheSameSeriesAsTheMonths(@ForAll @IntRange(min = 0, max = 120) int x,
                                                           @ForAll @DoubleRange(min = 0, max = 1) double recency,
                                                           @ForAll @DoubleRange(min = 0.1, max = 300) double ageWeeks) {
        ValueModels.Terms terms = new ValueModels.Terms(new BigDecimal("0.3"), new BigDecimal("0.1"), 12, 0, ModelPeriod.WEEK,
                PurchaseModel.MBG_NBD);
        BgNbdModel purchases = new BgNbdModel(FITTED, PurchaseModel.MBG_NBD);
        double txDays = x == 0 ? 0 : recency * ageWeeks * 7;

        ValueModels.Fit fit = new ValueModels.Fit(
                new BgNbdFit(Optional.of(FITTED), 0, 0, 0, Duration.ZERO, "", PurchaseModel.MBG_NBD),
                new GammaGammaModel.Fit(Optional.of(SPEND.parameters()), 0, 0, 0, Duration.ZERO, ""), Duration.ZERO);
        ValueModels.Prediction prediction = ValueModels.of(fit, terms).predict(x, txDays, ageWeeks * 7, 50).orElseThrow();

        double alone = purchases.expectedPurchases(90 / 7.0, x, txDays / 7, ageWeeks);
        assertThat(prediction.expectedPurchases90Days()).isCloseTo(alone, within(1e-9 * Math.max(1, alone)));
    }
}
