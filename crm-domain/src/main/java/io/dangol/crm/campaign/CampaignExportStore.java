package io.dangol.crm.campaign;

import io.dangol.crm.shared.WritePort;
import java.time.Instant;

/** Where campaign exports are written: set-based, with a campaign touch per exported customer. */
@WritePort
public interface CampaignExportStore extends CampaignExports {

    /**
     * Picks the segment's customers who have a current consent for the channel and purpose, an address for the
     * channel and fewer than {@code capPer30Days} marketing touches in the last 30 days; records the export and a
     * campaign touch on each of them, in one transaction.
     */
    CampaignExport record(CampaignRequest request, int capPer30Days, Instant at);
}
