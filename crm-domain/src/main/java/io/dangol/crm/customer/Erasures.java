package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.WritePort;
import java.time.Instant;

/**
 * Where a customer's personal data is erased: names, contact points, days, free text (notes, feedback, case
 * subjects, return reasons, merge reasons), their change history and raw rejected import rows naming them; their
 * source ids replaced by a hash, so a later import of the same id is refused instead of bringing them back. Orders,
 * amounts, scores and the access log (ids only) stay, so aggregates remain right and accountability stays. Records
 * merged into the customer are erased with it.
 */
@WritePort
public interface Erasures {

    /** True if this is a live customer (not erased, not merged away). */
    boolean isLive(CustomerId customer);

    /** Erases the customer and every record merged into it, writes the tombstone; the number of records erased. */
    int erase(CustomerId customer, ErasureReason reason, String by, Instant at);
}
