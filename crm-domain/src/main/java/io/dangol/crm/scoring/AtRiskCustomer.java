package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderStage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A row of the churn radar: who, where they stand, how likely still active, what they are worth, and why at risk. */
public record AtRiskCustomer(long customerId, String name, LadderStage stage, Optional<RfmSegment> segment,
                             Optional<Double> probabilityAlive, Optional<Integer> daysSinceLastPurchase,
                             Optional<BigDecimal> predictedClv, List<RiskReason> reasons) {
}
