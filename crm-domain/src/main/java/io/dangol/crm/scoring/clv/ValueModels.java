package io.dangol.crm.scoring.clv;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The two fitted models of a scoring run and what they predict for a customer, in the period of the terms
 * (weeks by default).
 * Either model may be missing when the data cannot identify it; predictions are then empty, never NaN.
 */
public final class ValueModels {

    /** What a run stores of its fit. */
    public record Fit(BgNbdFit purchases, GammaGammaModel.Fit spend, Duration took) { }

    public record Prediction(double expectedPurchases90Days, double probabilityAlive, Optional<BigDecimal> lifetimeValue) { }

    /** The settings of the value part of scoring. */
    public record Terms(BigDecimal margin, BigDecimal annualDiscountRate, int horizonMonths, int currencyScale, ModelPeriod period,
                        PurchaseModel purchaseModel) {

        /** BG/NBD terms. */
        public Terms(BigDecimal margin, BigDecimal annualDiscountRate, int horizonMonths, int currencyScale, ModelPeriod period) {
            this(margin, annualDiscountRate, horizonMonths, currencyScale, period, PurchaseModel.BG_NBD);
        }
    }

    private final Fit fit;
    private final ModelPeriod period;
    private final Optional<BgNbdModel> purchases;
    private final Optional<LifetimeValue> value;

    private ValueModels(Fit fit, Terms terms) {
        this.fit = fit;
        this.period = terms.period();
        this.purchases = fit.purchases().model();
        Optional<GammaGammaModel> spend = fit.spend().parameters().map(GammaGammaModel::new);
        this.value = purchases.flatMap(p -> spend.map(s -> new LifetimeValue(p, s, terms.margin(), terms.annualDiscountRate(),
                terms.horizonMonths(), terms.period().perMonth(), terms.currencyScale())));
    }

    public static ValueModels fit(List<RepeatHistory> histories, List<SpendHistory> spends, Terms terms) {
        long started = System.nanoTime();
        BgNbdFit purchases = new BgNbdFitter(terms.purchaseModel()).fit(histories);
        GammaGammaModel.Fit spend = GammaGammaModel.fit(spends);
        return new ValueModels(new Fit(purchases, spend, Duration.ofNanos(System.nanoTime() - started)), terms);
    }

    /** The models of a fit made before (tests, and parameters read back). */
    static ValueModels of(Fit fit, Terms terms) {
        return new ValueModels(fit, terms);
    }

    public Fit fitted() {
        return fit;
    }

    public ModelPeriod period() {
        return period;
    }

    /** For a buyer: {@code x} repeat purchases, the last {@code txDays} after the first, first {@code ageDays} ago. */
    public Optional<Prediction> predict(int x, double txDays, double ageDays, double meanOrderValue) {
        if (purchases.isEmpty()) {
            return Optional.empty();
        }
        double tx = txDays / period.days();
        double age = Math.max(tx, ageDays / period.days());
        BgNbdModel model = purchases.get();
        double alive = model.probabilityAlive(x, tx, age);
        if (value.isEmpty()) {
            return Optional.of(new Prediction(model.expectedPurchases(90 / period.days(), x, tx, age), alive, Optional.empty()));
        }
        // the next 90 days and the lifetime value's months from one pass of the hypergeometric series
        double[] until = model.expectedPurchases(value.get().monthEndsAnd(90 / period.days()), x, tx, age);
        return Optional.of(new Prediction(until[until.length - 1], alive,
                Optional.of(value.get().predicted(until, x, meanOrderValue))));
    }
}
