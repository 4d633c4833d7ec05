package io.dangol.crm.campaign;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What campaign members did after the touch, summed set-based in the database; and the stored headlines. */
public interface CampaignOutcomes {

    /**
     * Per stratum and group, what the export's members did after {@code from} up to {@code to}; withdrawals and
     * negative voice counted within {@code fatigueDays} of the touch.
     */
    List<StratumFigures> figures(long exportId, Instant from, Instant to, int fatigueDays);

    /** The stored headlines of these exports (none for an export no scoring run has looked at yet). */
    Map<Long, CampaignHeadline> headlines(Collection<Long> exportIds);

    /** The exports made since then, newest first (those whose headline a scoring run refreshes). */
    List<Long> exportsSince(Instant since);
}
