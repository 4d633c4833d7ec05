package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A merge done: who merged which record into which, why, what moved (table → rows), and its undo if any. */
public record MergeRecord(long id, CustomerId survivor, String survivorName, CustomerId merged, String mergedName,
                          String by, Instant at, String reason, Map<String, Long> moved, Optional<Instant> undoneAt,
                          Optional<String> undoneBy) {

    public MergeRecord {
        moved = Map.copyOf(moved);
    }

    public boolean undone() {
        return undoneAt.isPresent();
    }
}
