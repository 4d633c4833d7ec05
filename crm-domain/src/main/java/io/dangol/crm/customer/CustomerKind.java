package io.dangol.crm.customer;

public enum CustomerKind {
    PERSON, COMPANY
}
