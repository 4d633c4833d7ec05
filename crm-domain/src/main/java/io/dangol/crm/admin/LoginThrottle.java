package io.dangol.crm.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code allowedFailures} failed sign-ins for one username within
 * {@code window}, that username is blocked for {@code lockout}; a success clears the count. The count is
 * kept per app instance and bounded in size.
 */
public final class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final int allowedFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant first, Instant blockedUntil) { }

    public LoginThrottle(int allowedFailures, Duration window, Duration lockout, Clock clock) {
        if (allowedFailures < 1) {
            throw new IllegalArgumentException("allowedFailures is at least 1");
        }
        this.allowedFailures = allowedFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    public void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.first().plus(window).isBefore(now) && !isBlocked(f, now));
        }
        failures.compute(key(username), (k, previous) -> {
            Failures current = previous == null || previous.first().plus(window).isBefore(now) && !isBlocked(previous, now)
                    ? new Failures(0, now, null) : previous;
            int count = current.count() + 1;
            Instant blockedUntil = count >= allowedFailures ? now.plus(lockout) : current.blockedUntil();
            return new Failures(count, current.first(), blockedUntil);
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    /** How long this username must still wait before trying again, if it is blocked. */
    public Optional<Duration> blockedFor(String username) {
        Instant now = clock.instant();
        Failures f = failures.get(key(username));
        if (f == null || !isBlocked(f, now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.blockedUntil()));
    }

    private static boolean isBlocked(Failures f, Instant now) {
        return f.blockedUntil() != null && now.isBefore(f.blockedUntil());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
