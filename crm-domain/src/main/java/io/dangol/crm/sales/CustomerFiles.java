package io.dangol.crm.sales;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentSource;
import io.dangol.crm.consent.ConsentStatus;
import java.time.Instant;
import java.util.Optional;

/** The customer page's data, and what staff record on it about the customer's data. */
public interface CustomerFiles {

    Optional<CustomerFile> open(long customerId);

    /** Whether the customer is there (and not erased), without reading their file. */
    boolean exists(long customerId);

    /** A consent granted or withdrawn, as a new history row (never an update). */
    void recordConsent(long customerId, ConsentChannel channel, ConsentPurpose purpose, ConsentStatus status,
                       ConsentSource source, String note, String recordedBy, Instant at);

    /** Marks a contact point of this customer verified at {@code at}; false when it is not theirs. */
    boolean verify(long customerId, long pointId, Instant at);

    /** Corrects the value of a contact point of this customer (and marks it verified); false when it is not theirs. */
    boolean correct(long customerId, long pointId, String value, Instant at);
}
