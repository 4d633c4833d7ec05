package io.dangol.crm.customer;

import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The duplicate job: finds every candidate pair again over all customers, in one transaction, so the review queue
 * is never seen half replaced. Run from the Duplicates page, the {@code duplicates} command, and after an import of
 * customers.
 */
public final class FindDuplicates {

    public record Result(long pairs, Duration took) { }

    private final DuplicateSearch search;
    private final Transactions transactions;
    private final Clock clock;

    public FindDuplicates(DuplicateSearch search, Transactions transactions, Clock clock) {
        this.search = search;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result run() {
        Instant started = clock.instant();
        long pairs = transactions.inTransaction(() -> search.findAll(started));
        return new Result(pairs, Duration.between(started, clock.instant()));
    }
}
