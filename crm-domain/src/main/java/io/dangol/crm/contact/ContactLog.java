package io.dangol.crm.contact;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.WritePort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Contacts staff log, and the state of their follow-ups. Written only by the contact use cases. */
@WritePort
public interface ContactLog {

    /** Whether contacts can be logged with this customer: they are on record and not erased. */
    boolean customerExists(CustomerId customer);

    long record(CustomerId customer, ContactDraft.NewContact contact, Department department, Optional<Long> staffUserId,
                Instant at);

    /** False when the follow-up is not this user's or already done. */
    boolean markDone(long contactId, long staffUserId, Instant at);

    boolean reschedule(long contactId, long staffUserId, LocalDate to);
}
