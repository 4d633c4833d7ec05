package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import java.time.Clock;

/** "Not the same person": the pair is remembered, by whom and when, and never proposed again. */
public final class TellApart {

    private final CustomerMerges merges;
    private final Clock clock;

    public TellApart(CustomerMerges merges, Clock clock) {
        this.merges = merges;
        this.clock = clock;
    }

    /** False when either is not a live customer or both are the same. */
    public boolean handle(CustomerId first, CustomerId second, String by) {
        if (first.equals(second) || merges.candidate(first).isEmpty() || merges.candidate(second).isEmpty()) {
            return false;
        }
        merges.tellApart(first.value() < second.value() ? first : second, first.value() < second.value() ? second : first,
                by, clock.instant());
        return true;
    }
}
