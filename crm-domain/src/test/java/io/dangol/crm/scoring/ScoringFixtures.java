package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Test data builders for scoring: {@code aCustomer().withOrders(12).returning(…).build()}. */
final class ScoringFixtures {

    static final Instant AS_OF = Instant.parse("2026-11-23T00:00:00Z");

    private long id = 1;
    private long orders = 6;
    private Instant first = AS_OF.minus(700, ChronoUnit.DAYS);
    private Instant last = AS_OF.minus(20, ChronoUnit.DAYS);
    private BigDecimal sales = new BigDecimal("600000");
    private BigDecimal refunds = BigDecimal.ZERO;
    private BigDecimal cost = new BigDecimal("300000");
    private BigDecimal service = BigDecimal.ZERO;
    private boolean verified = true;
    private long referrals = 1;
    private long positive = 0;

    static ScoringFixtures aCustomer() {
        return new ScoringFixtures();
    }

    ScoringFixtures id(long id) {
        this.id = id;
        return this;
    }

    ScoringFixtures orders(long orders, Instant first, Instant last) {
        this.orders = orders;
        this.first = first;
        this.last = last;
        return this;
    }

    ScoringFixtures buying(long sales, long cost) {
        this.sales = BigDecimal.valueOf(sales);
        this.cost = BigDecimal.valueOf(cost);
        return this;
    }

    ScoringFixtures returning(long refunds) {
        this.refunds = BigDecimal.valueOf(refunds);
        return this;
    }

    ScoringFixtures serviceCost(long cost) {
        this.service = BigDecimal.valueOf(cost);
        return this;
    }

    ScoringFixtures unverified() {
        this.verified = false;
        return this;
    }

    ScoringFixtures advocacy(long referrals, long positiveFeedback) {
        this.referrals = referrals;
        this.positive = positiveFeedback;
        return this;
    }

    CustomerFigures build() {
        return new CustomerFigures(id, LadderStage.BUYER, orders, Optional.of(first), Optional.of(last), orders, sales,
                refunds, cost, service, verified, true, referrals, positive, sales, refunds, RiskSignals.NONE);
    }
}
