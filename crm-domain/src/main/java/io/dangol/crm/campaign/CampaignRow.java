package io.dangol.crm.campaign;

import io.dangol.crm.ladder.LadderStage;
import java.util.Optional;

/** A line of a campaign file: the customer and the address for the export's channel (none for push). */
public record CampaignRow(long customerId, String name, LadderStage stage, Optional<String> segment, String address) {
}
