package io.dangol.crm.scoring;

import java.time.Instant;
import java.util.Optional;

/** What a customer's record says that may explain leaving: recent returns, complaints, negative feedback, contact. */
public record RiskSignals(long recentReturns, long openOrRecentComplaints, long recentNegativeFeedback,
                          Optional<Instant> lastContact) {

    public static final RiskSignals NONE = new RiskSignals(0, 0, 0, Optional.empty());
}
