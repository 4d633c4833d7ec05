package io.dangol.crm.servicecase;

/** What happened to a case, one row per step in its history and on the customer's timeline. */
public enum CaseStep {
    OPENED, MOVED, ASSIGNED, ANSWERED, CLOSED, REOPENED
}
