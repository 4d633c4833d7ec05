package io.dangol.crm.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a group of a campaign's members did in a window after the touch: how many there are, how many bought, their
 * orders, net revenue (sales less refunds) and profit contribution (net revenue less cost of goods and service cost) —
 * each summed and summed in squares per customer, for the intervals — and how many withdrew a consent, complained or
 * spoke negatively.
 */
public record GroupFigures(long customers, long buyers, long orders, BigDecimal revenue, BigDecimal revenueSquares,
                           BigDecimal profit, BigDecimal profitSquares, long withdrew, long complained, long negativeVoice) {

    public static final GroupFigures NONE = new GroupFigures(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, 0, 0, 0);

    public GroupFigures plus(GroupFigures other) {
        return new GroupFigures(customers + other.customers, buyers + other.buyers, orders + other.orders,
                revenue.add(other.revenue), revenueSquares.add(other.revenueSquares), profit.add(other.profit),
                profitSquares.add(other.profitSquares), withdrew + other.withdrew, complained + other.complained,
                negativeVoice + other.negativeVoice);
    }

    public boolean isEmpty() {
        return customers == 0;
    }

    public double purchaseRate() {
        return rate(buyers);
    }

    public double withdrawalRate() {
        return rate(withdrew);
    }

    public double complaintRate() {
        return rate(complained);
    }

    public double negativeVoiceRate() {
        return rate(negativeVoice);
    }

    public BigDecimal ordersPerCustomer() {
        return perCustomer(BigDecimal.valueOf(orders), 2);
    }

    public BigDecimal revenuePerCustomer() {
        return perCustomer(revenue, 0);
    }

    public BigDecimal profitPerCustomer() {
        return perCustomer(profit, 0);
    }

    private double rate(long count) {
        return customers == 0 ? 0 : (double) count / customers;
    }

    private BigDecimal perCustomer(BigDecimal total, int scale) {
        return customers == 0 ? BigDecimal.ZERO : total.divide(BigDecimal.valueOf(customers), scale, RoundingMode.HALF_UP);
    }
}
