package io.dangol.crm.customer;

import io.dangol.crm.ladder.LadderStage;
import java.time.Instant;
import java.util.Optional;

/** A search result: enough to recognise the customer, contact points masked. */
public record FoundCustomer(long id, String name, LadderStage stage, Optional<Instant> lastPurchase,
                            Optional<String> maskedPhone, Optional<String> maskedEmail) {
}
