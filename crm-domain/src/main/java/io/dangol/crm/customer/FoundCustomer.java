package io.dangol.crm.customer;

import io.dangol.crm.ladder.LadderStage;
import java.time.Instant;
import java.util.Optional;

/**
 * A search result: enough to recognise the customer and tell two of the same name apart (stage, last purchase,
 * the phone's last four digits), contact points masked.
 */
public record FoundCustomer(long id, String name, LadderStage stage, Optional<Instant> lastPurchase,
                            Optional<String> maskedPhone, Optional<String> maskedEmail) {
}
