package io.dangol.crm.campaign;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * One export of a segment for a campaign, as recorded: who, when, what, how many were exported, how many were held
 * out as the control group (they are not in the file and get no touch), and how many were left out for which reason
 * (no current consent for the channel and purpose, no address for the channel, already touched by marketing as often
 * as the 30-day cap allows, withdrew consent after touches too often).
 */
public record CampaignExport(long id, Instant at, String username, String segmentName, String filter,
                             ConsentChannel channel, ConsentPurpose purpose, String reason, long exported,
                             long leftNoConsent, long leftNoAddress, long leftCapped, long leftFatigued,
                             ControlGroup control, long heldOut, OptionalLong costPerContact) {

    public long leftOut() {
        return leftNoConsent + leftNoAddress + leftCapped + leftFatigued;
    }

    /** What the touches cost: the cost per contact times the customers exported, when the cost was given. */
    public OptionalLong spend() {
        return costPerContact.isPresent() ? OptionalLong.of(costPerContact.getAsLong() * exported) : OptionalLong.empty();
    }
}
