package io.dangol.crm.ladder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What the ladder looks at for one customer.
 *
 * @param profitRank 1 for the buyer with the highest profit contribution
 * @param buyers     how many customers have bought (the base of the core share)
 */
public record LadderFacts(long ordersAll, Optional<Instant> firstPurchase, Optional<Instant> lastPurchase,
                          boolean verifiedContact, boolean anyContactPoint, BigDecimal profitContribution,
                          long profitRank, long buyers, long referrals, long positiveFeedback) {
}
