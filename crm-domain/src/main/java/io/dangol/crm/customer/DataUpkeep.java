package io.dangol.crm.customer;

import io.dangol.crm.ladder.LadderStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read port of the upkeep lists: contact points gone stale (the most valuable customers first), customers whose
 * marketing consent is due for re-confirmation, customers without activity for a long time.
 */
public interface DataUpkeep {

    /** A page of a list and how long the whole list is. */
    record Page<T>(List<T> rows, long total) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    /** A contact point in use, not verified since {@code verifiedAt} (or never), of a customer and their value. */
    record StalePoint(long customerId, String name, LadderStage stage, Optional<BigDecimal> predictedClv, long pointId,
                      ContactPointKind kind, String value, Optional<Instant> verifiedAt) { }

    /** Contact points in use verified before {@code before} or never; core customers, then by predicted CLV. */
    Page<StalePoint> stalePoints(Instant before, int offset, int limit);

    /** A customer whose marketing consent (on {@code channels}) was given at {@code grantedAt}, the oldest shown. */
    record DueReconfirmation(long customerId, String name, LadderStage stage, List<String> channels, Instant grantedAt) { }

    /**
     * Customers with a marketing consent in force granted before {@code grantedBefore} and no re-confirmation notice
     * sent since then; the longest due first.
     */
    Page<DueReconfirmation> dueReconfirmations(Instant grantedBefore, int offset, int limit);

    /** A customer and when anything last happened with them. */
    record Inactive(long customerId, String name, LadderStage stage, Instant lastActivity) { }

    /** Live customers with no order, contact, case, feedback or consent decision since {@code before}, nor created since. */
    Page<Inactive> inactive(Instant before, int offset, int limit);
}
