package io.dangol.crm.servicecase;

/** How a case ended, chosen when it is closed. */
public enum CaseOutcome {
    FIXED, REPLACED, REFUNDED, EXPLAINED, NOT_POSSIBLE, WITHDRAWN
}
