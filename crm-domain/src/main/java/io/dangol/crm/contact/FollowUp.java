package io.dangol.crm.contact;

import java.time.LocalDate;

/** An open follow-up of a logged contact: whom to call back, by when, and what about. */
public record FollowUp(long contactId, long customerId, String customerName, LocalDate due, String purpose, String note) {

    public boolean isOverdue(LocalDate today) {
        return due.isBefore(today);
    }
}
