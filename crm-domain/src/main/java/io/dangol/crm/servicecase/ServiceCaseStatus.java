package io.dangol.crm.servicecase;

/** Where an after-sales case stands. */
public enum ServiceCaseStatus {
    OPEN, CLOSED
}
