package io.dangol.crm.sales;

import io.dangol.crm.contact.Department;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Contacts staff log, and their follow-ups. */
public interface ContactLog {

    long record(long customerId, ContactDraft.NewContact contact, Department department, Optional<Long> staffUserId,
                Instant at);

    /** The staff user's open follow-ups due on or before {@code until}, oldest first. */
    List<FollowUp> dueFor(long staffUserId, LocalDate until);

    /** False when the follow-up is not this user's or already done. */
    boolean markDone(long contactId, long staffUserId, Instant at);

    boolean reschedule(long contactId, long staffUserId, LocalDate to);
}
