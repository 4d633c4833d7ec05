package io.dangol.crm.contact;

import io.dangol.crm.shared.CustomerId;
import java.time.Instant;

/**
 * What a logged contact's outcome tells about the customer's contact point: an e-mail that bounced, a number not in
 * service. Implemented by the customer feature (the point the channel uses is retired, with the outcome as reason),
 * wired by the application; called inside the contact's transaction.
 */
@FunctionalInterface
public interface UnusablePoints {

    UnusablePoints NONE = (customer, channel, outcome, by, at) -> { };

    void unusable(CustomerId customer, ContactChannel channel, ContactOutcome outcome, String by, Instant at);
}
