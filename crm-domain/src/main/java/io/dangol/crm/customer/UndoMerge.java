package io.dangol.crm.customer;

import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A merge undone within {@link #WITHIN}: the rows that moved go back to the record they came from, the consent
 * decisions the merge added are removed, the survivor's name, kind and tags are as before, and the merged record is a
 * customer again. What happened to the survivor since the merge stays with it.
 */
public final class UndoMerge {

    public static final Duration WITHIN = Duration.ofDays(30);

    public enum Outcome { UNDONE, UNKNOWN, ALREADY_UNDONE, TOO_LATE, SURVIVOR_GONE }

    private final CustomerMerges merges;
    private final Transactions transactions;
    private final Clock clock;

    public UndoMerge(CustomerMerges merges, Transactions transactions, Clock clock) {
        this.merges = merges;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Outcome handle(long mergeId, String by) {
        return transactions.inTransaction(() -> {
            Optional<MergeRecord> merge = merges.find(mergeId);
            if (merge.isEmpty()) {
                return Outcome.UNKNOWN;
            }
            if (merge.get().undone()) {
                return Outcome.ALREADY_UNDONE;
            }
            if (merge.get().at().plus(WITHIN).isBefore(clock.instant())) {
                return Outcome.TOO_LATE;
            }
            return merges.undo(mergeId, by, clock.instant()) ? Outcome.UNDONE : Outcome.SURVIVOR_GONE;
        });
    }
}
