package io.dangol.crm.contact;

/** Who started the interaction. */
public enum Direction {
    INBOUND, OUTBOUND
}
