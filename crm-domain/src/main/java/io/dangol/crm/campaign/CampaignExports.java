package io.dangol.crm.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Campaign exports: recorded set-based with a campaign touch per exported customer, then read back as a stream. */
public interface CampaignExports {

    /**
     * Picks the segment's customers who have a current consent for the channel and purpose, an address for the
     * channel and fewer than {@code capPer30Days} marketing touches in the last 30 days; records the export and a
     * campaign touch on each of them, in one transaction.
     */
    CampaignExport record(CampaignRequest request, int capPer30Days, Instant at);

    /** The exported customers, streamed in customer id order (never the whole list in memory). */
    void forEachRow(long exportId, Consumer<CampaignRow> row);

    Optional<CampaignExport> find(long id);

    List<CampaignExport> latest(int limit);
}
