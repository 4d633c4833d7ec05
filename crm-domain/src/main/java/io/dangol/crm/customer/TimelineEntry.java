package io.dangol.crm.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One thing that happened with a customer, from any department, for the one timeline on the customer page.
 *
 * @param kind what it is
 * @param label a code that says more, translated on the page: the contact's purpose, the case's kind, the
 *              consent's status, the stage climbed to, the feedback's sentiment
 * @param channel where it happened (a channel name), if it has one
 * @param department who dealt with it, if a department did
 * @param text free text: the note, the subject, what the customer wrote, what the order held
 * @param amount the order's net amount, the case's cost
 * @param refund what was refunded on the order
 * @param detail a second code: the contact's outcome, the consent's purpose, the stage left
 */
public record TimelineEntry(Instant at, Kind kind, String label, Optional<String> channel, Optional<String> department,
                            String text, Optional<BigDecimal> amount, Optional<BigDecimal> refund, Optional<String> detail,
                            Optional<String> staff) {

    public enum Kind { ORDER, SERVICE_CASE, CASE_STEP, CONTACT, CAMPAIGN, FEEDBACK, REFERRAL_GIVEN, REFERRAL_RECEIVED, CONSENT, LADDER, CHANGE }
}
