package io.dangol.crm.campaign;

/** Marketing's settings as they are now. */
public interface CurrentCampaignSettings {

    CampaignSettings current();
}
