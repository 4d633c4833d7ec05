package io.dangol.crm.feedback;

/** What a customer's message is about, as the inbox groups it. */
public enum VoiceCategory {
    PRODUCT, DELIVERY, PRICE, SERVICE, STAFF, SUGGESTION
}
