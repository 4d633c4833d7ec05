package io.dangol.crm.contact;

/**
 * How an interaction ended. {@link #BOUNCED} (an e-mail came back) and {@link #UNREACHABLE} (the number is not in
 * service) say the contact point itself is no longer usable: logging them retires it.
 */
public enum ContactOutcome {
    REACHED, NO_ANSWER, INTERESTED, NOT_INTERESTED, PURCHASED, RESOLVED, ESCALATED, BOUNCED, UNREACHABLE;

    /** True when the point the contact went to cannot be used again. */
    public boolean pointUnusable() {
        return this == BOUNCED || this == UNREACHABLE;
    }

    /** Whether this outcome can end a contact on that channel: an e-mail bounces, a phone or SMS is unreachable. */
    public boolean fits(ContactChannel channel) {
        return switch (this) {
            case BOUNCED -> channel == ContactChannel.EMAIL;
            case UNREACHABLE -> channel == ContactChannel.PHONE || channel == ContactChannel.SMS;
            default -> true;
        };
    }
}
