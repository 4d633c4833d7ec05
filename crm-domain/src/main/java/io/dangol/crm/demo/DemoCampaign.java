package io.dangol.crm.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The campaign every demo population carries, so a newcomer finds a results page with something to read: an e-mail
 * about the spring beans, sent {@value #DAYS_AGO} days before the demo's "today" to everyone who could receive it,
 * 20 % held out. Its effect is planted per segment — where it works (the at-risk: a reason to come back), where it hardly does (the loyal buy anyway),
 * and where it only annoys (the hibernating):
 * a touched customer who would not have bought in the 30 days after buys with the segment's {@link #plantedLift},
 * and touched customers withdraw their e-mail consent more often, the hibernating most.
 * The demo draws its control group per customer (a fair coin of 20 %), not stratified as real exports are; the
 * segment recorded is the demo's own reading of recency and frequency at the send, not a scoring run's.
 */
public record DemoCampaign(Instant at, String reason, int controlPercent, long costPerContact) {

    public static final int DAYS_AGO = 75;
    public static final int CONTROL_PERCENT = 20;
    public static final long COST_PER_CONTACT = 150;
    public static final String REASON = "봄 원두 신상품 이메일 (demo)";

    private static final Map<String, Double> LIFT = Map.of("AT_RISK", 0.09, "PROMISING", 0.06, "LOYAL", 0.04,
            "HIBERNATING", 0.0);
    private static final Map<String, Double> WITHDRAWAL = Map.of("HIBERNATING", 0.06);
    static final double NATURAL_WITHDRAWAL = 0.005;
    static final double TOUCHED_WITHDRAWAL = 0.012;

    static DemoCampaign before(Instant asOf) {
        return new DemoCampaign(asOf.minus(Duration.ofDays(DAYS_AGO)).plus(Duration.ofHours(1)), REASON, CONTROL_PERCENT,
                COST_PER_CONTACT);
    }

    /** The chance that a touched customer of the segment who would not have bought within 30 days does. */
    public static double plantedLift(Optional<String> segment) {
        return segment.map(s -> LIFT.getOrDefault(s, 0.0)).orElse(0.0);
    }

    /** The chance that a member withdraws the e-mail consent within 10 days of the send. */
    static double withdrawal(Optional<String> segment, boolean heldOut) {
        return heldOut ? NATURAL_WITHDRAWAL : segment.map(WITHDRAWAL::get).orElse(TOUCHED_WITHDRAWAL);
    }

    /** The demo's reading of a customer's segment at the send, from their orders before it; empty without any. */
    static Optional<String> segmentAt(Instant at, java.util.List<DemoCustomer.Order> orders) {
        long before = orders.stream().filter(o -> o.orderedAt().isBefore(at)).count();
        if (before == 0) {
            return Optional.empty();
        }
        Instant last = orders.stream().map(DemoCustomer.Order::orderedAt).filter(t -> t.isBefore(at)).max(Instant::compareTo)
                .orElseThrow();
        long days = Duration.between(last, at).toDays();
        if (days <= 90) {
            return Optional.of(before >= 4 ? "LOYAL" : "PROMISING");
        }
        return Optional.of(days <= 365 ? "AT_RISK" : "HIBERNATING");
    }
}
