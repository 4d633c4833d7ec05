package io.dangol.crm.customer;

import io.dangol.crm.shared.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The phone system announces an incoming call: the caller's number (any format staff or exchanges write — 010-1234-5678,
 * +82 10 …, 02-…, a foreign number) is checked, and a one-time ticket is issued for the agent's screen pop. The ticket
 * is good for {@link #VALID_FOR} and once; redeeming it gives the number back.
 */
public final class AnnounceCall {

    public static final Duration VALID_FOR = Duration.ofMinutes(2);

    /** The ticket to put in the agent's link, or why there is none (a message code). */
    public record Result(Optional<String> ticket, Optional<String> refused) { }

    private final CallTickets tickets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AnnounceCall(CallTickets tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    public Result handle(String number, String source) {
        Optional<PhoneNumber> caller = PhoneNumber.tryParse(number == null ? "" : number.strip());
        if (caller.isEmpty()) {
            return new Result(Optional.empty(), Optional.of("call.error.number"));
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tickets.forget(now.minus(VALID_FOR.multipliedBy(5)));
        tickets.issue(hash(ticket), caller.get(), source, now);
        return new Result(Optional.of(ticket), Optional.empty());
    }

    /** The caller's number for a ticket not used and not expired; the ticket is used up. */
    public Optional<PhoneNumber> redeem(String ticket) {
        if (ticket == null || !ticket.matches("[A-Za-z0-9_-]{32}")) {
            return Optional.empty();
        }
        return tickets.redeem(hash(ticket), clock.instant().minus(VALID_FOR));
    }

    static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
