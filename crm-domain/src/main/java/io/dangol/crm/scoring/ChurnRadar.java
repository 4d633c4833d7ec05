package io.dangol.crm.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The churn radar: a customer shows a risk signal when their P(alive) is below the threshold or they are
 * overdue against their own buying rhythm; the reasons add what their record holds — returns, complaints,
 * negative feedback, a long silence from our side. Whom the radar watches (core customers, and identified
 * ones in the top CLV decile) is decided over the whole run, when every CLV is known.
 */
public final class ChurnRadar {

    private final double aliveThreshold;
    private final int noContactDays;

    public ChurnRadar(double aliveThreshold, int noContactDays) {
        this.aliveThreshold = aliveThreshold;
        this.noContactDays = noContactDays;
    }

    /** Empty when there is no risk signal; otherwise the reasons, the signal first. */
    public List<RiskReason> assess(Double probabilityAlive, boolean overdue, RiskSignals signals, Instant asOf) {
        boolean lowAlive = probabilityAlive != null && probabilityAlive < aliveThreshold;
        if (!lowAlive && !overdue) {
            return List.of();
        }
        List<RiskReason> reasons = new ArrayList<>();
        if (lowAlive) {
            reasons.add(RiskReason.LOW_P_ALIVE);
        }
        if (overdue) {
            reasons.add(RiskReason.OVERDUE);
        }
        if (signals.recentReturns() > 0) {
            reasons.add(RiskReason.RECENT_RETURNS);
        }
        if (signals.openOrRecentComplaints() > 0) {
            reasons.add(RiskReason.COMPLAINTS);
        }
        if (signals.recentNegativeFeedback() > 0) {
            reasons.add(RiskReason.NEGATIVE_FEEDBACK);
        }
        boolean silent = signals.lastContact().map(at -> Duration.between(at, asOf).toDays() > noContactDays).orElse(true);
        if (silent) {
            reasons.add(RiskReason.NO_RECENT_CONTACT);
        }
        return List.copyOf(reasons);
    }
}
