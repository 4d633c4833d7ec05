package io.dangol.crm.consent;

/** How a customer may be reached for a purpose they consented to. */
public enum ConsentChannel {
    EMAIL, SMS, PHONE, POST, PUSH
}
