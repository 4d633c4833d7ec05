package io.dangol.crm.customer;

import io.dangol.crm.consent.StricterConsent;
import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where merges are written and undone. A merge moves every row of the merged record to the survivor — orders and
 * their lines and returns, cases, contacts, feedback, referrals, events, contact points, retention cases, consents
 * (their history) — records which rows moved, and keeps the merged record, with its source id, as a pointer to the
 * survivor: a later import or API call for either id lands on the survivor. Undo moves exactly those rows back.
 */
public interface CustomerMerges {

    /** A live customer (not erased, not merged away) as the review shows it. */
    Optional<MergeCandidate> candidate(CustomerId id);

    /** What to write: the survivor's fields after, and the consent decisions to add at the merge. */
    record Order(CustomerId survivor, CustomerId merged, String name, CustomerKind kind, Set<String> tags,
                 List<StricterConsent.Outcome> consents, String reason, String by, Instant at) { }

    /** The dry run: how many rows of the merged record would move (table → rows), clashing rows left out. */
    java.util.Map<String, Long> moving(CustomerId survivor, CustomerId merged);

    /** The survivor a record was merged into, if it was (followed to the end of a chain of merges). */
    Optional<CustomerId> mergedInto(CustomerId id);

    /** The merge's id. */
    long merge(Order order);

    Optional<MergeRecord> find(long id);

    List<MergeRecord> recent(int limit);

    /** Moves back exactly what the merge moved and restores the survivor's fields; false if nothing was undone. */
    boolean undo(long id, String by, Instant at);

    /** Remembers that two customers are not one person, so they are never proposed again. */
    void tellApart(CustomerId first, CustomerId second, String by, Instant at);
}
