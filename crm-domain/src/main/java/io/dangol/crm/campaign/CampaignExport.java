package io.dangol.crm.campaign;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import java.time.Instant;

/**
 * One export of a segment for a campaign, as recorded: who, when, what, how many were exported, and how many
 * were left out for which reason (no current consent for the channel and purpose, no address for the channel,
 * already touched by marketing as often as the 30-day cap allows).
 */
public record CampaignExport(long id, Instant at, String username, String segmentName, String filter,
                             ConsentChannel channel, ConsentPurpose purpose, String reason, long exported,
                             long leftNoConsent, long leftNoAddress, long leftCapped) {

    public long leftOut() {
        return leftNoConsent + leftNoAddress + leftCapped;
    }
}
