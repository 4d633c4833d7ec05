package io.dangol.crm.importing;

import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;

/**
 * Raw rejected rows hold names and phones as they were typed; they are kept so staff can fix and re-import them, and
 * purged after the retention period (daily, and from the Retention page) so they do not outlive their purpose.
 */
public final class PurgeRejectedRows {

    private final RejectedRowsPurge purge;
    private final Transactions transactions;
    private final Clock clock;

    public PurgeRejectedRows(RejectedRowsPurge purge, Transactions transactions, Clock clock) {
        this.purge = purge;
        this.transactions = transactions;
        this.clock = clock;
    }

    public long handle(Period keptFor, ZoneId zone) {
        var before = clock.instant().atZone(zone).minus(keptFor).toInstant();
        return transactions.inTransaction(() -> purge.purgeBefore(before));
    }
}
