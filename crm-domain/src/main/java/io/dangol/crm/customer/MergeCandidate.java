package io.dangol.crm.customer;

import io.dangol.crm.consent.StricterConsent;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A customer as the review queue shows it beside another before a merge: who they are and their current consents.
 */
public record MergeCandidate(CustomerId id, String name, CustomerKind kind, Set<String> tags, LadderStage stage,
                             String sourceId, Instant createdAt, List<ContactPoint> points, Optional<LocalDate> birthday,
                             Map<StricterConsent.Key, StricterConsent.Decision> consents) {

    public MergeCandidate {
        tags = Set.copyOf(tags);
        points = List.copyOf(points);
        consents = Map.copyOf(consents);
    }
}
