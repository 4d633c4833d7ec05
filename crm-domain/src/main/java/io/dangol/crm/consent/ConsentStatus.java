package io.dangol.crm.consent;

/** A consent is granted or withdrawn; history keeps both. */
public enum ConsentStatus {
    GRANTED, WITHDRAWN
}
