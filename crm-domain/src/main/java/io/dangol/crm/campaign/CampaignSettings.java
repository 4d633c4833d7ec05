package io.dangol.crm.campaign;

import java.util.Objects;

/**
 * Marketing's settings: at most this many campaign touches per customer in 30 days, and how phones are written
 * in campaign files.
 */
public record CampaignSettings(int campaignCapPer30Days, PhoneFormat phoneFormat) {

    public static final int MIN_CAP = 1;
    public static final int MAX_CAP = 100;

    public CampaignSettings {
        if (campaignCapPer30Days < MIN_CAP || campaignCapPer30Days > MAX_CAP) {
            throw new IllegalArgumentException("campaign cap must be between " + MIN_CAP + " and " + MAX_CAP);
        }
        Objects.requireNonNull(phoneFormat, "phoneFormat");
    }

    /** The cap, with phones written {@code 010-1234-5678}. */
    public CampaignSettings(int campaignCapPer30Days) {
        this(campaignCapPer30Days, PhoneFormat.DASHED);
    }

    public CampaignSettings withCap(int cap) {
        return new CampaignSettings(cap, phoneFormat);
    }

    public CampaignSettings withPhoneFormat(PhoneFormat format) {
        return new CampaignSettings(campaignCapPer30Days, format);
    }
}
