package io.dangol.crm.contact;

/** How an interaction ended. */
public enum ContactOutcome {
    REACHED, NO_ANSWER, INTERESTED, NOT_INTERESTED, PURCHASED, RESOLVED, ESCALATED
}
