package io.dangol.crm.api;

import io.dangol.crm.shared.Tallies;
import io.dangol.crm.shared.Tally;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Channel systems' access to the API: admins issue tokens (a random 256-bit secret, kept only as its SHA-256 hash —
 * a secret that random needs no slow hash), scope and revoke them; a request is let in by the token it carries, at
 * most {@code perMinute} requests a minute per token (a token bucket: bursts up to a minute's worth, refilled
 * evenly) and at most {@code customersPerDay} customers a day. Both allowances are {@link Tallies} in the database, so
 * every app instance draws on the same ones.
 */
public final class ApiAccess {

    public static final String PREFIX = "dgl_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** Whether a request may go on, and if not, in how many seconds it may. */
    public record Allowance(boolean allowed, long retryAfterSeconds) {
    }

    private final ApiTokens tokens;
    private final Clock clock;
    private final int perMinute;
    private final SecureRandom random = new SecureRandom();
    /** When this instance last wrote a token's "last used" (the time itself is shared, in the token's row). */
    private final ConcurrentMap<Long, Instant> lastRecorded = new ConcurrentHashMap<>();
    private final Tallies allowances;
    private final int customersPerDay;

    public ApiAccess(ApiTokens tokens, Tallies allowances, Clock clock, int perMinute) {
        this(tokens, allowances, clock, perMinute, Integer.MAX_VALUE);
    }

    /** @param customersPerDay at most this many customers answered to one token a day (UTC) */
    public ApiAccess(ApiTokens tokens, Tallies allowances, Clock clock, int perMinute, int customersPerDay) {
        if (customersPerDay < 1) {
            throw new IllegalArgumentException("the daily cap is at least 1 customer");
        }
        this.customersPerDay = customersPerDay;
        if (perMinute < 1) {
            throw new IllegalArgumentException("the rate limit is at least 1 request a minute");
        }
        this.tokens = tokens;
        this.allowances = allowances;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    public int perMinute() {
        return perMinute;
    }

    public int customersPerDay() {
        return customersPerDay;
    }

    /**
     * Counts {@code customers} answered to the token today, when they still fit under the daily cap; otherwise refuses
     * them (nothing is counted) with the seconds until the next day.
     */
    public Allowance answer(long tokenId, int customers) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant startOfDay = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean[] fits = {true};
        allowances.change(List.of(dayKey(tokenId)), (key, count) -> {
            long answered = count.at().equals(startOfDay) ? count.count() : 0;
            if (answered + customers > customersPerDay) {
                fits[0] = false;
                return new Tally(answered, startOfDay, Optional.empty());
            }
            return new Tally(answered + customers, startOfDay, Optional.empty());
        });
        if (fits[0]) {
            return new Allowance(true, 0);
        }
        Instant tomorrow = startOfDay.plus(Duration.ofDays(1));
        return new Allowance(false, Math.max(1, Duration.between(now, tomorrow).toSeconds()));
    }

    /** Issues a token; throws {@link IllegalArgumentException} for a blank name or source system, or no scope. */
    public IssuedToken issue(String name, String sourceSystem, Set<ApiScope> scopes, String issuedBy) {
        String cleanName = name == null ? "" : name.strip();
        String source = sourceSystem == null ? "" : sourceSystem.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new IllegalArgumentException("apiTokens.error.name");
        }
        if (!source.matches("[A-Za-z0-9_.\\-]{1,50}")) {
            throw new IllegalArgumentException("apiTokens.error.source");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("apiTokens.error.scopes");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, PREFIX.length() + 6);
        Instant now = clock.instant();
        long id = tokens.add(cleanName, source, hash(secret), prefix, scopes, issuedBy, now);
        return new IssuedToken(new ApiToken(id, cleanName, source, prefix, scopes, issuedBy, now, Optional.empty(),
                Optional.empty()), secret);
    }

    /** The active token a request's secret belongs to. */
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.findByHash(hash(secret)).filter(ApiToken::isActive);
        token.ifPresent(this::recordUse);
        return token;
    }

    /**
     * Takes one request from the token's allowance: a bucket of a minute's worth of requests, counted in thousandths
     * of a request and refilled evenly since it was last drawn on.
     */
    public Allowance take(ApiToken token) {
        Instant now = clock.instant();
        long full = perMinute * 1000L;
        Allowance[] allowance = new Allowance[1];
        allowances.change(List.of(minuteKey(token.id())), (key, bucket) -> {
            long elapsed = Math.max(0, Duration.between(bucket.at(), now).toMillis());
            long refilled = elapsed >= 60_000 ? full : bucket.count() + elapsed * perMinute / 60;
            long available = Math.min(full, refilled);
            if (available >= 1000) {
                allowance[0] = new Allowance(true, 0);
                return new Tally(available - 1000, now, Optional.empty());
            }
            long millisToOne = ((1000 - available) * 60 + perMinute - 1) / perMinute;
            allowance[0] = new Allowance(false, Math.max(1, (millisToOne + 999) / 1000));
            return new Tally(available, now, Optional.empty());
        });
        return allowance[0];
    }

    public List<ApiToken> all() {
        return tokens.all();
    }

    public boolean revoke(long id, String revokedBy) {
        allowances.forget(List.of(minuteKey(id), dayKey(id)));
        return tokens.revoke(id, revokedBy, clock.instant());
    }

    private void recordUse(ApiToken token) {
        Instant now = clock.instant();
        Instant last = lastRecorded.get(token.id());
        if (last == null || last.plus(LAST_USED_PRECISION).isBefore(now)) {
            lastRecorded.put(token.id(), now);
            tokens.used(token.id(), now);
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String minuteKey(long tokenId) {
        return "api:requests:" + tokenId;
    }

    private static String dayKey(long tokenId) {
        return "api:customers-today:" + tokenId;
    }
}
