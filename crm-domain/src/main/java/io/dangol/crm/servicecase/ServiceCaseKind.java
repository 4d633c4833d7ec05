package io.dangol.crm.servicecase;

/** What an after-sales case is about. */
public enum ServiceCaseKind {
    COMPLAINT, REPAIR, INQUIRY, RETURN
}
