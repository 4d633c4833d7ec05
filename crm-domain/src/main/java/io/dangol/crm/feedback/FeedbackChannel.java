package io.dangol.crm.feedback;

import io.dangol.crm.contact.ContactChannel;

/** Where the customer's voice was heard: social networks, e-mail, the web form, app stores, calls, the store, surveys. */
public enum FeedbackChannel {
    STORE, PHONE, EMAIL, WEB, SURVEY, SOCIAL, APP_REVIEW;

    /** The channel an answer to it goes out on, logged as a contact. */
    public ContactChannel answeredBy() {
        return switch (this) {
            case STORE -> ContactChannel.STORE;
            case PHONE -> ContactChannel.PHONE;
            case EMAIL -> ContactChannel.EMAIL;
            case SOCIAL -> ContactChannel.SOCIAL;
            case WEB, SURVEY, APP_REVIEW -> ContactChannel.WEB;
        };
    }
}
