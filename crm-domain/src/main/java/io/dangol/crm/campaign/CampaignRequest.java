package io.dangol.crm.campaign;

import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A segment to hand to a campaign through a channel, for a purpose, and why (shown in the export record); the control
 * group held out of it, and what one contact costs (KRW, when the marketer knows it) for the return on spend.
 */
public record CampaignRequest(SegmentFilter filter, String segmentName, ConsentChannel channel, ConsentPurpose purpose,
                              String reason, String username, ControlGroup control, OptionalLong costPerContact) {

    public static final long MAX_COST_PER_CONTACT = 10_000_000L;

    public static final int MAX_REASON = 200;

    public CampaignRequest {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(costPerContact, "costPerContact");
        if (costPerContact.isPresent() && (costPerContact.getAsLong() < 0 || costPerContact.getAsLong() > MAX_COST_PER_CONTACT)) {
            throw new IllegalArgumentException("a cost per contact is 0 to " + MAX_COST_PER_CONTACT + " KRW");
        }
        segmentName = segmentName == null || segmentName.isBlank() ? "-" : segmentName.strip();
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a campaign export needs a reason of 1 to " + MAX_REASON + " characters");
        }
    }

    /** A request without a control group or cost (the everyone-is-touched export of earlier versions). */
    public CampaignRequest(SegmentFilter filter, String segmentName, ConsentChannel channel, ConsentPurpose purpose,
                           String reason, String username) {
        this(filter, segmentName, channel, purpose, reason, username, ControlGroup.none(), OptionalLong.empty());
    }
}
