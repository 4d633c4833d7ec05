package io.dangol.crm.customer;

import java.time.Instant;
import java.util.List;

/**
 * The set-based search for customers recorded more than once, over everyone at once: exact phone and e-mail through
 * grouping, similar names only within blocks that share a birthday or an address — never every pair of customers.
 * Pairs a person has told apart ("not the same person") are never proposed again.
 */
public interface DuplicateSearch {

    /** Replaces the proposed pairs with those found now; the number proposed. */
    long findAll(Instant at);

    /** How many pairs are proposed, and when the job last found them (empty before its first run). */
    record Summary(long pairs, java.util.Optional<Instant> foundAt) { }

    Summary summary();

    /** Proposed pairs, highest score first. */
    List<DuplicatePair> proposed(int offset, int limit);
}
