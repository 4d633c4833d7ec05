package io.dangol.crm.ladder;

import java.math.BigDecimal;

/** The ladder's thresholds (all settings; see {@code ScoringSettings}). */
public record LadderRules(BigDecimal coreShare, int minTenureMonths, BigDecimal activityFactor, int defaultCycleDays,
                          boolean referralsAreAdvocacy, boolean positiveFeedbackIsAdvocacy,
                          boolean identifiedNeedsVerifiedContact, int overdueFloorDays) {

    /** The rules before the overdue floor (no floor). */
    public LadderRules(BigDecimal coreShare, int minTenureMonths, BigDecimal activityFactor, int defaultCycleDays,
                       boolean referralsAreAdvocacy, boolean positiveFeedbackIsAdvocacy, boolean identifiedNeedsVerifiedContact) {
        this(coreShare, minTenureMonths, activityFactor, defaultCycleDays, referralsAreAdvocacy, positiveFeedbackIsAdvocacy,
                identifiedNeedsVerifiedContact, 0);
    }
}
