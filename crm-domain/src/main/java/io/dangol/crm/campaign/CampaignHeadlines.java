package io.dangol.crm.campaign;

import io.dangol.crm.shared.WritePort;

/** Where campaign headlines are kept ({@link RefreshCampaignHeadlines} writes them). */
@WritePort
public interface CampaignHeadlines {

    void save(CampaignHeadline headline);
}
