package io.dangol.crm.customer;

/** Dates that matter to a customer: birthdays, wedding anniversaries, or custom dates. */
public enum EventKind {
    BIRTHDAY, WEDDING_ANNIVERSARY, CUSTOM
}
