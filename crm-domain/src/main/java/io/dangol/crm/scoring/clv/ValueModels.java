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
        double next90 = model.expectedPurchases(90 / period.days(), x, tx, age);
        double alive = model.probabilityAlive(x, tx, age);
        Optional<BigDecimal> clv = value.map(v -> v.predicted(x, tx, age, meanOrderValue));
        return Optional.of(new Prediction(next90, alive, clv));
    }
}
