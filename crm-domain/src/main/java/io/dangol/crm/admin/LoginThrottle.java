package io.dangol.crm.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.dangol.crm.shared.Tallies;
import io.dangol.crm.shared.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing with growing delays rather than a hard lock, counted three ways:
 * <ul>
 *   <li>per username <em>from one address</em>: {@code freeFailures} failures are free, then each one makes the next try
 *   wait twice as long (1 s, 2 s, 4 s … up to {@code longestDelay}) — so nobody elsewhere can lock a colleague out;</li>
 *   <li>per address, over every username: four times as many free failures — password spraying across users from one
 *   address slows down the same way;</li>
 *   <li>per username over every address: ten times as many — a guess spread over many addresses slows down too.</li>
 * </ul>
 * A try made while slowed down counts too, from that address. Failures are forgotten {@code window} after the last
 * one; a success clears that username's counts. Usernames longer
 * than {@link #LONGEST_USERNAME} are never stored (no valid account has one). The counts are {@link Tallies} in the
 * database, so every app instance counts the same failures; the nightly upkeep forgets old ones (PrivacySchedule).
 */
public final class LoginThrottle {

    /** No username is longer; longer ones are refused without a lookup and never kept as keys. */
    public static final int LONGEST_USERNAME = 100;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final int ADDRESS_FACTOR = 4;
    private static final int USER_FACTOR = 10;
    private static final String PAIR = "sign-in:pair:";
    private static final String ADDRESS = "sign-in:address:";
    private static final String USER = "sign-in:user:";

    private final Tallies tallies;
    private final int freeFailures;
    private final Duration window;
    private final Duration longestDelay;
    private final Clock clock;

    public LoginThrottle(Tallies tallies, int freeFailures, Duration window, Duration longestDelay, Clock clock) {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures is at least 1");
        }
        this.tallies = tallies;
        this.freeFailures = freeFailures;
        this.window = window;
        this.longestDelay = longestDelay;
        this.clock = clock;
    }

    public static boolean isPlausibleUsername(String username) {
        return username != null && !username.isBlank() && username.length() <= LONGEST_USERNAME;
    }

    public void failed(String username, String address) {
        count(keys(username, address));
    }

    /**
     * A try made while slowed down: it makes the wait from this address longer (for this username and for the address)
     * but not the username's count everywhere, so hammering from one place cannot lock the user out elsewhere.
     */
    public void triedTooSoon(String username, String address) {
        count(keys(username, address).stream().filter(key -> !key.startsWith(USER)).toList());
    }

    private void count(List<String> keys) {
        Instant now = clock.instant();
        tallies.change(keys, (key, previous) -> {
            long count = (forgotten(previous, now) ? 0 : previous.count()) + 1;
            int free = free(key);
            return new Tally(count, now, count > free ? Optional.of(now.plus(delay((int) Math.min(count - free, 64)))) : Optional.empty());
        });
    }

    public void succeeded(String username, String address) {
        if (isPlausibleUsername(username)) {
            tallies.forget(List.of(pairKey(username, address), USER + normal(username)));
        }
    }

    /** How long this username, tried from this address, must still wait, if at all. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        return tallies.read(keys(username, address)).stream().filter(t -> t.holdsAt(now))
                .map(t -> Duration.between(now, t.until().orElseThrow()))
                .max(Duration::compareTo);
    }

    /** 1 s after the first failure beyond the free ones, doubling, never more than the longest delay. */
    Duration delay(int beyondFree) {
        int doublings = Math.min(beyondFree - 1, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    private boolean forgotten(Tally t, Instant now) {
        return !t.holdsAt(now) && t.at().plus(window).isBefore(now);
    }

    private int free(String key) {
        if (key.startsWith(ADDRESS)) {
            return freeFailures * ADDRESS_FACTOR;
        }
        return key.startsWith(USER) ? freeFailures * USER_FACTOR : freeFailures;
    }

    private List<String> keys(String username, String address) {
        List<String> keys = new ArrayList<>(3);
        if (isPlausibleUsername(username)) {
            keys.add(pairKey(username, address));
            keys.add(USER + normal(username));
        }
        keys.add(ADDRESS + (address == null ? "" : address));
        return keys;
    }

    private static String pairKey(String username, String address) {
        return PAIR + normal(username) + "@" + (address == null ? "" : address);
    }

    private static String normal(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
