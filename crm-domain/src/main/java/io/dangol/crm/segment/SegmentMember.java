package io.dangol.crm.segment;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.RfmSegment;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A customer on a segment's list, as marketing sees it: contact points already masked, since a list does not
 * need them whole.
 */
public record SegmentMember(long customerId, String name, LadderStage stage, Optional<RfmSegment> segment,
                            Optional<String> rfm, Optional<BigDecimal> predictedClv, Optional<Double> probabilityAlive,
                            Optional<Integer> daysSinceLastPurchase, BigDecimal profitContribution,
                            Optional<String> maskedPhone, Optional<String> maskedEmail) {
}
