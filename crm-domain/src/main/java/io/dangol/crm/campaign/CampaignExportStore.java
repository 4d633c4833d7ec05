package io.dangol.crm.campaign;

import io.dangol.crm.shared.WritePort;
import java.time.Instant;

/** Where campaign exports are written: set-based, with a campaign touch per exported customer. */
@WritePort
public interface CampaignExportStore extends CampaignExports {

    /**
     * Picks the segment's customers who have a current consent for the channel and purpose, an address for the
     * channel, fewer marketing touches in the last 30 days than the rules' cap and — while the fatigue rule is on —
     * fewer consent withdrawals soon after touches than its limit; holds out the request's control group, stratified
     * by ladder stage and RFM segment; records the export, every member with its group and stratum, and a campaign
     * touch on each exported customer, in one transaction.
     */
    CampaignExport record(CampaignRequest request, CampaignSettings rules, Instant at);
}
