package io.dangol.crm.ladder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The customer ladder (docs/scoring.md, "The ladder"). BUYER: has bought. IDENTIFIED: a buyer we can name and reach (a verified
 * contact point, or any when the setting allows). CORE: identified, in the top share by profit contribution
 * (and profitable), a relationship of at least the minimum tenure, still active — not silent longer than
 * {@code activityFactor} × their own average gap between orders and the overdue floor — and an advocate (a referral or positive
 * feedback, as set). The first rule a customer fails names why they stand where they do.
 */
public final class LadderPolicy {

    private final LadderRules rules;

    public LadderPolicy(LadderRules rules) {
        this.rules = rules;
    }

    public LadderDecision decide(LadderFacts facts, Instant asOf) {
        if (facts.ordersAll() == 0 || facts.firstPurchase().isEmpty() || facts.lastPurchase().isEmpty()) {
            return new LadderDecision(LadderStage.PROSPECT, LadderRule.NO_PURCHASE);
        }
        if (rules.identifiedNeedsVerifiedContact() ? !facts.verifiedContact() : !facts.anyContactPoint()) {
            return new LadderDecision(LadderStage.BUYER,
                    rules.identifiedNeedsVerifiedContact() ? LadderRule.NO_VERIFIED_CONTACT : LadderRule.NO_CONTACT_POINT);
        }
        if (!inTopShare(facts)) {
            return identified(LadderRule.NOT_TOP_PROFIT);
        }
        Instant first = facts.firstPurchase().get();
        if (first.atZone(ZoneOffset.UTC).plusMonths(rules.minTenureMonths()).toInstant().isAfter(asOf)) {
            return identified(LadderRule.RELATIONSHIP_TOO_SHORT);
        }
        if (isOverdue(facts, asOf)) {
            return identified(LadderRule.OVERDUE);
        }
        boolean advocate = rules.referralsAreAdvocacy() && facts.referrals() > 0
                || rules.positiveFeedbackIsAdvocacy() && facts.positiveFeedback() > 0;
        if (!advocate) {
            return identified(LadderRule.NO_ADVOCACY);
        }
        return new LadderDecision(LadderStage.CORE, LadderRule.CORE_QUALIFIED);
    }

    /** Top {@code coreShare} of buyers by profit (at least one customer), and a positive contribution. */
    boolean inTopShare(LadderFacts facts) {
        return facts.profitContribution().signum() > 0 && facts.profitRank() <= corePlaces(facts.buyers());
    }

    /** How many places at the top by profit the core share gives among {@code buyers}: at least one. */
    public long corePlaces(long buyers) {
        long places = BigDecimal.valueOf(buyers).multiply(rules.coreShare()).setScale(0, RoundingMode.CEILING).longValue();
        return Math.max(1, places);
    }

    /**
     * Silent for longer than their own rhythm allows — the average gap between orders, or the default cycle, times the
     * activity factor — and for longer than the floor: a heavy buyer's gap of a day or two does not make three quiet
     * days "overdue".
     */
    public boolean isOverdue(LadderFacts facts, Instant asOf) {
        Rhythm rhythm = rhythm(facts, asOf);
        return rhythm.silentDays() > Math.max(rules.activityFactor().doubleValue() * rhythm.cycleDays(), rules.overdueFloorDays());
    }

    /** A buyer's own gap between orders (the default cycle for one order) and how long they have been silent, in days. */
    public record Rhythm(double cycleDays, double silentDays) { }

    public Rhythm rhythm(LadderFacts facts, Instant asOf) {
        return rhythm(facts.ordersAll(), facts.firstPurchase().orElseThrow(), facts.lastPurchase().orElseThrow(), asOf);
    }

    public Rhythm rhythm(long ordersAll, Instant first, Instant last, Instant asOf) {
        double cycleDays = ordersAll >= 2
                ? Math.max(1.0, Duration.between(first, last).toMinutes() / 1440.0 / (ordersAll - 1))
                : rules.defaultCycleDays();
        return new Rhythm(cycleDays, Duration.between(last, asOf).toMinutes() / 1440.0);
    }

    private static LadderDecision identified(LadderRule rule) {
        return new LadderDecision(LadderStage.IDENTIFIED, rule);
    }
}
