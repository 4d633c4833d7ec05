package io.dangol.crm.customer;

/** Where a customer first came to us. */
public enum AcquisitionChannel {
    STORE, WEB, MOBILE, PHONE, VISIT, REFERRAL, IMPORT
}
