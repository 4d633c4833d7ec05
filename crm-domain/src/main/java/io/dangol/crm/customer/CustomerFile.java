package io.dangol.crm.customer;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentSource;
import io.dangol.crm.consent.ConsentStatus;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.scoring.RiskReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Everything the customer page shows above the timeline: who they are, how to reach them (and how fresh that
 * is), what they agreed to, their moments, and where they stand (ladder, RFM, profit, CLV, P(alive), risk).
 */
public record CustomerFile(long id, String name, String kind, Instant createdAt, String acquiredThrough,
                           LadderStage stage, List<String> tags, List<Point> contactPoints, List<ConsentRecord> consents,
                           List<Event> events, Optional<Instant> firstPurchase, Optional<Standing> standing,
                           List<LadderMove> ladder) {

    public record Point(long id, ContactPointKind kind, String value, Optional<Instant> verifiedAt) {

        /** Never verified, or verified longer ago than {@code staleAfter}. */
        public boolean isStale(Instant now, Period staleAfter, java.time.ZoneId zone) {
            return verifiedAt.map(at -> at.atZone(zone).plus(staleAfter).toInstant().isBefore(now)).orElse(true);
        }
    }

    public record ConsentRecord(long id, ConsentChannel channel, ConsentPurpose purpose, ConsentStatus status, Instant at,
                                ConsentSource source, String note, Optional<String> recordedBy) { }

    public record Event(EventKind kind, Optional<String> label, int month, int day, Optional<Integer> year) { }

    public record Standing(Optional<RfmSegment> segment, Optional<String> rfm, BigDecimal profitContribution,
                           Optional<BigDecimal> predictedClv, BigDecimal historicalClv, Optional<Double> probabilityAlive,
                           Optional<Double> expectedPurchases90Days, Optional<Integer> daysSinceLastPurchase,
                           boolean atRisk, List<RiskReason> reasons, long orders) {

        /**
         * Whether P(alive) says something: after one purchase the BG/NBD model has seen no repeat and reads 100%
         * by its construction, which a person takes for certainty — so it is not shown as a percentage.
         */
        public boolean probabilityAliveTellsSomething() {
            return probabilityAlive.isPresent() && orders > 1;
        }
    }

    public record LadderMove(Instant at, LadderStage from, LadderStage to, String rule) { }

    /** The current state of each channel and purpose: the latest record wins (the list is newest first). */
    public List<ConsentRecord> currentConsents() {
        java.util.Map<String, ConsentRecord> latest = new java.util.LinkedHashMap<>();
        for (ConsentRecord record : consents) {
            latest.putIfAbsent(record.channel() + "/" + record.purpose(), record);
        }
        return List.copyOf(latest.values());
    }

    public boolean consents(ConsentPurpose purpose) {
        return currentConsents().stream().anyMatch(c -> c.purpose() == purpose && c.status() == ConsentStatus.GRANTED);
    }

    /** Birthdays, wedding anniversaries and the first-purchase anniversary in the coming days. */
    public List<Moment> upcomingMoments(LocalDate today, int days, java.time.ZoneId zone) {
        return Moment.upcoming(events, firstPurchase, today, days, zone);
    }
}
