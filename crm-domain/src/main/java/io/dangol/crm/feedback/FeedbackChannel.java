package io.dangol.crm.feedback;

/** Where the customer's voice was heard (social networks included). */
public enum FeedbackChannel {
    STORE, PHONE, EMAIL, WEB, SURVEY, SOCIAL
}
