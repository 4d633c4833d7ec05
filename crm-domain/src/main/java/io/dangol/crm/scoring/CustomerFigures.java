package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the aggregate pass knows of one customer. Amounts are over the profit window; {@code sales} is after
 * discounts, {@code costOfGoods} is for everything shipped (returned goods are not assumed resellable, so
 * a return never raises profit).
 *
 * @param ordersAll       orders ever; 0 for a prospect
 * @param ordersInWindow  orders in the window: the F of RFM
 * @param referrals       customers this one brought in
 * @param positiveFeedback positive feedback given
 * @param salesToDate     all sales ever, after discounts
 * @param refundsToDate   all refunds ever
 */
public record CustomerFigures(long customerId, LadderStage currentStage, long ordersAll, Optional<Instant> firstPurchase,
                              Optional<Instant> lastPurchase, long ordersInWindow, BigDecimal sales,
                              BigDecimal refunds, BigDecimal costOfGoods, BigDecimal serviceCost,
                              boolean verifiedContact, boolean anyContactPoint, long referrals,
                              long positiveFeedback, BigDecimal salesToDate, BigDecimal refundsToDate,
                              RiskSignals signals) {

    public CustomerFigures {
        Objects.requireNonNull(currentStage, "currentStage");
        Objects.requireNonNull(firstPurchase, "firstPurchase");
        Objects.requireNonNull(lastPurchase, "lastPurchase");
        sales = zeroIfNull(sales);
        refunds = zeroIfNull(refunds);
        costOfGoods = zeroIfNull(costOfGoods);
        serviceCost = zeroIfNull(serviceCost);
        salesToDate = zeroIfNull(salesToDate);
        refundsToDate = zeroIfNull(refundsToDate);
        signals = signals == null ? RiskSignals.NONE : signals;
    }

    /** Everything bought to date, after discounts and refunds: the historical value of the customer. */
    public BigDecimal historicalValue() {
        return salesToDate.subtract(refundsToDate);
    }

    /** Mean value of an order to date (all orders, the first included), for the spend model. */
    public double meanOrderValue() {
        return ordersAll == 0 ? 0 : salesToDate.doubleValue() / ordersAll;
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Sales after discounts, less refunds: the M of RFM. */
    public BigDecimal netRevenue() {
        return sales.subtract(refunds);
    }

    /** Net revenue − cost of goods − service cost (refunds are already out of net revenue). */
    public BigDecimal profitContribution() {
        return netRevenue().subtract(costOfGoods).subtract(serviceCost);
    }

    public boolean hasBought() {
        return ordersAll > 0;
    }
}
