package io.dangol.crm.campaign;

import java.util.Objects;

/**
 * Marketing's settings: at most this many campaign touches per customer in 30 days; how phones are written in
 * campaign files; the control group each export holds out unless the marketer chooses another share; and fatigue —
 * a consent withdrawn within {@code fatigueDays} of a campaign touch counts against the campaign, and a customer who
 * did so {@code fatigueLimit} times is left out of exports while {@code excludeFatigued} is on.
 */
public record CampaignSettings(int campaignCapPer30Days, PhoneFormat phoneFormat, int controlPercent, int fatigueDays,
                               int fatigueLimit, boolean excludeFatigued) {

    public static final int MIN_CAP = 1;
    public static final int MAX_CAP = 100;
    public static final int DEFAULT_CONTROL_PERCENT = 10;
    public static final int MAX_FATIGUE_DAYS = 90;
    public static final int MAX_FATIGUE_LIMIT = 10;

    public CampaignSettings {
        if (campaignCapPer30Days < MIN_CAP || campaignCapPer30Days > MAX_CAP) {
            throw new IllegalArgumentException("campaign cap must be between " + MIN_CAP + " and " + MAX_CAP);
        }
        Objects.requireNonNull(phoneFormat, "phoneFormat");
        new ControlGroup(controlPercent, 0); // the same bounds as every export's control group
        if (fatigueDays < 1 || fatigueDays > MAX_FATIGUE_DAYS) {
            throw new IllegalArgumentException("fatigue is counted 1 to " + MAX_FATIGUE_DAYS + " days after a touch");
        }
        if (fatigueLimit < 1 || fatigueLimit > MAX_FATIGUE_LIMIT) {
            throw new IllegalArgumentException("the fatigue limit is 1 to " + MAX_FATIGUE_LIMIT + " withdrawals");
        }
    }

    /** The cap and phone format, with the defaults for the evidence: 10 % control, 14 days, 2 withdrawals, rule on. */
    public CampaignSettings(int campaignCapPer30Days, PhoneFormat phoneFormat) {
        this(campaignCapPer30Days, phoneFormat, DEFAULT_CONTROL_PERCENT, 14, 2, true);
    }

    /** The cap, with phones written {@code 010-1234-5678}. */
    public CampaignSettings(int campaignCapPer30Days) {
        this(campaignCapPer30Days, PhoneFormat.DASHED);
    }

    public CampaignSettings withCap(int cap) {
        return new CampaignSettings(cap, phoneFormat, controlPercent, fatigueDays, fatigueLimit, excludeFatigued);
    }

    public CampaignSettings withPhoneFormat(PhoneFormat format) {
        return new CampaignSettings(campaignCapPer30Days, format, controlPercent, fatigueDays, fatigueLimit, excludeFatigued);
    }

    public CampaignSettings withEvidence(int percent, int days, int limit, boolean exclude) {
        return new CampaignSettings(campaignCapPer30Days, phoneFormat, percent, days, limit, exclude);
    }
}
