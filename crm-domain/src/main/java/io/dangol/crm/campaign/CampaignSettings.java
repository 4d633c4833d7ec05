package io.dangol.crm.campaign;

/** Marketing's settings: at most this many campaign touches per customer in 30 days. */
public record CampaignSettings(int campaignCapPer30Days) {

    public static final int MIN_CAP = 1;
    public static final int MAX_CAP = 100;

    public CampaignSettings {
        if (campaignCapPer30Days < MIN_CAP || campaignCapPer30Days > MAX_CAP) {
            throw new IllegalArgumentException("campaign cap must be between " + MIN_CAP + " and " + MAX_CAP);
        }
    }
}
