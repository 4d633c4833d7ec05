package io.dangol.crm.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A customer as the API shows them to a channel system: who, where they stand, how to reach them. */
public record ApiCustomer(long id, Optional<String> sourceSystem, Optional<String> externalId, String name,
                              String kind, String ladderStage, Instant createdAt, List<String> phones,
                              List<String> emails) {
}
