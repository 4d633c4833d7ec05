package io.dangol.crm.campaign;

/** Where marketing's settings are kept. */
public interface CampaignSettingsStore {

    CampaignSettings current();

    void save(CampaignSettings settings, String username);
}
