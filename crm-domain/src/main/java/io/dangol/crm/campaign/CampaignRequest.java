package io.dangol.crm.campaign;

import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import java.util.Objects;

/** A segment to hand to a campaign through a channel, for a purpose, and why (shown in the export record). */
public record CampaignRequest(SegmentFilter filter, String segmentName, ConsentChannel channel, ConsentPurpose purpose,
                              String reason, String username) {

    public static final int MAX_REASON = 200;

    public CampaignRequest {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(username, "username");
        segmentName = segmentName == null || segmentName.isBlank() ? "-" : segmentName.strip();
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a campaign export needs a reason of 1 to " + MAX_REASON + " characters");
        }
    }
}
