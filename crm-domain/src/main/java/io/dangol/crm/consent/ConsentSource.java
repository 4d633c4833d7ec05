package io.dangol.crm.consent;

/** Where the customer told us. */
public enum ConsentSource {
    WEB_FORM, STORE, PHONE_CALL, EMAIL, SIGNUP, IMPORT
}
