package io.dangol.crm.customer;

import io.dangol.crm.shared.PhoneNumber;
import io.dangol.crm.shared.WritePort;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time tickets for the call centre's screen pop: the phone system hands over the caller's number and gets a
 * ticket; the agent's browser opens the ticket's link and the number is read once, so it never sits in an address,
 * a browser history or a server log. Only a hash of the ticket is kept.
 */
@WritePort
public interface CallTickets {

    void issue(String ticketHash, PhoneNumber caller, String source, Instant at);

    /** The caller's number if the ticket was issued after {@code notBefore} and not used yet; it is used up. */
    Optional<PhoneNumber> redeem(String ticketHash, Instant notBefore);

    /** Forgets tickets issued before {@code before}, used or not. */
    int forget(Instant before);
}
