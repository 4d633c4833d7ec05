package io.dangol.crm.order;

/** Where an order was placed. */
public enum OrderChannel {
    STORE, WEB, MOBILE, PHONE, VISIT
}
