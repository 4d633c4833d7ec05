package io.dangol.crm.retention;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.RiskReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A core customer the churn radar flagged, as sales works on them: why they are at risk, who is on it, what was
 * done since the case opened (contacts, the latest one) and where it stands.
 */
public record RetentionCase(long id, long customerId, String name, LadderStage stage, Optional<Double> probabilityAlive,
                            Optional<BigDecimal> predictedClv, List<RiskReason> reasons, Instant openedAt,
                            Optional<String> assignedTo, RetentionStatus status, Instant updatedAt, String updatedBy,
                            long contactsSince, Optional<Instant> lastContact) {
}
