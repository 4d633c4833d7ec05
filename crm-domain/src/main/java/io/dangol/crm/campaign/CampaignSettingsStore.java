package io.dangol.crm.campaign;

import io.dangol.crm.shared.WritePort;

/** Where marketing's settings are kept; {@link ChangeFrequencyCap} changes them. */
@WritePort
public interface CampaignSettingsStore extends CurrentCampaignSettings {

    void save(CampaignSettings settings, String username);
}
