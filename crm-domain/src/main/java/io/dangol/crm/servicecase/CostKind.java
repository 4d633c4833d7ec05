package io.dangol.crm.servicecase;

/** What closing a case cost the company; the amount counts against the customer's profit contribution. */
public enum CostKind {
    NONE, REFUND, REPAIR, GOODWILL
}
