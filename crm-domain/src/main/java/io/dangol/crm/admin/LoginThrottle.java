package io.dangol.crm.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

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
 * than {@link #LONGEST_USERNAME} are never stored (no valid account has one) and the map is bounded, so junk cannot
 * fill the memory. The counts are per app instance.
 */
public final class LoginThrottle {

    /** No username is longer; longer ones are refused without a lookup and never kept as keys. */
    public static final int LONGEST_USERNAME = 100;
    private static final int MAX_TRACKED = 50_000;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final int ADDRESS_FACTOR = 4;
    private static final int USER_FACTOR = 10;

    private final int freeFailures;
    private final Duration window;
    private final Duration longestDelay;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, int free, Instant last, Instant blockedUntil) {
    }

    public LoginThrottle(int freeFailures, Duration window, Duration longestDelay, Clock clock) {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures is at least 1");
        }
        this.freeFailures = freeFailures;
        this.window = window;
        this.longestDelay = longestDelay;
        this.clock = clock;
    }

    public static boolean isPlausibleUsername(String username) {
        return username != null && !username.isBlank() && username.length() <= LONGEST_USERNAME;
    }

    public void failed(String username, String address) {
        count(keys(username, address), clock.instant());
    }

    /**
     * A try made while slowed down: it makes the wait from this address longer (for this username and for the address)
     * but not the username's count everywhere, so hammering from one place cannot lock the user out elsewhere.
     */
    public void triedTooSoon(String username, String address) {
        count(keys(username, address).filter(key -> !key.name().startsWith("u:")), clock.instant());
    }

    private void count(Stream<Key> counted, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> forgotten(f, now));
            if (failures.size() >= MAX_TRACKED) {
                failures.values().removeIf(f -> f.blockedUntil() == null);
            }
        }
        counted.forEach(key -> failures.compute(key.name(), (k, previous) -> {
            Failures current = previous == null || forgotten(previous, now) ? new Failures(0, key.free(), now, null) : previous;
            int count = current.count() + 1;
            Instant blockedUntil = count > current.free() ? now.plus(delay(count - current.free())) : null;
            return new Failures(count, current.free(), now, blockedUntil);
        }));
    }

    public void succeeded(String username, String address) {
        if (isPlausibleUsername(username)) {
            failures.remove(pairKey(username, address));
            failures.remove(userKey(username));
        }
    }

    /** How long this username, tried from this address, must still wait, if at all. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        return keys(username, address).map(key -> failures.get(key.name()))
                .filter(f -> f != null && f.blockedUntil() != null && now.isBefore(f.blockedUntil()))
                .map(f -> Duration.between(now, f.blockedUntil()))
                .max(Duration::compareTo);
    }

    /** 1 s after the first failure beyond the free ones, doubling, never more than the longest delay. */
    Duration delay(int beyondFree) {
        int doublings = Math.min(beyondFree - 1, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    private boolean forgotten(Failures f, Instant now) {
        boolean blocked = f.blockedUntil() != null && now.isBefore(f.blockedUntil());
        return !blocked && f.last().plus(window).isBefore(now);
    }

    private record Key(String name, int free) {
    }

    private Stream<Key> keys(String username, String address) {
        Key byAddress = new Key(addressKey(address), freeFailures * ADDRESS_FACTOR);
        if (!isPlausibleUsername(username)) {
            return Stream.of(byAddress);
        }
        return Stream.of(new Key(pairKey(username, address), freeFailures), byAddress,
                new Key(userKey(username), freeFailures * USER_FACTOR));
    }

    private static String pairKey(String username, String address) {
        return "p:" + normal(username) + "@" + (address == null ? "" : address);
    }

    private static String userKey(String username) {
        return "u:" + normal(username);
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }

    private static String normal(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
