package io.dangol.crm.contact;

/** Where an interaction with a customer happened. */
public enum ContactChannel {
    STORE, PHONE, VISIT, EMAIL, SMS, SOCIAL, WEB
}
