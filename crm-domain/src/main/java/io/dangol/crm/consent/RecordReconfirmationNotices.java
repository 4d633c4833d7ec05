package io.dangol.crm.consent;

import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * Marketing staff sent the two-yearly re-confirmation of marketing consent (정보통신망법 시행령 제62조의3) to everyone
 * on the list, from the exported file: the notice is recorded for each of them, in one transaction, and they leave
 * the list until the next period is over.
 */
public final class RecordReconfirmationNotices {

    private final ReconfirmationNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public RecordReconfirmationNotices(ReconfirmationNotices notices, Transactions transactions, Clock clock) {
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The moment before which a consent is due: {@code after} before now, in the business's zone. */
    public static Instant dueBefore(Clock clock, ZoneId zone, Period after) {
        return clock.instant().atZone(zone).minus(after).toInstant();
    }

    public long handle(Period after, ZoneId zone, String by) {
        Instant before = dueBefore(clock, zone, after);
        return transactions.inTransaction(() -> notices.recordForAllDue(before, by, clock.instant()));
    }
}
