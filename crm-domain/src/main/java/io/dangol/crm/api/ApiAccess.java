package io.dangol.crm.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * evenly).
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
    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Instant> lastRecorded = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, DailyCount> answeredToday = new ConcurrentHashMap<>();
    private final int customersPerDay;

    private record DailyCount(java.time.LocalDate day, long customers) {
    }

    public ApiAccess(ApiTokens tokens, Clock clock, int perMinute) {
        this(tokens, clock, perMinute, Integer.MAX_VALUE);
    }

    /** @param customersPerDay at most this many customers answered to one token a day (UTC) */
    public ApiAccess(ApiTokens tokens, Clock clock, int perMinute, int customersPerDay) {
        if (customersPerDay < 1) {
            throw new IllegalArgumentException("the daily cap is at least 1 customer");
        }
        this.customersPerDay = customersPerDay;
        if (perMinute < 1) {
            throw new IllegalArgumentException("the rate limit is at least 1 request a minute");
        }
        this.tokens = tokens;
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
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        boolean[] fits = {true};
        answeredToday.compute(tokenId, (id, count) -> {
            DailyCount current = count == null || !count.day().equals(today) ? new DailyCount(today, 0) : count;
            if (current.customers() + customers > customersPerDay) {
                fits[0] = false;
                return current;
            }
            return new DailyCount(today, current.customers() + customers);
        });
        if (fits[0]) {
            return new Allowance(true, 0);
        }
        Instant tomorrow = today.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
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

    /** Takes one request from the token's allowance. */
    public Allowance take(ApiToken token) {
        Bucket bucket = buckets.computeIfAbsent(token.id(), id -> new Bucket(perMinute, clock.millis()));
        return bucket.take(perMinute, clock.millis());
    }

    public List<ApiToken> all() {
        return tokens.all();
    }

    public boolean revoke(long id, String revokedBy) {
        buckets.remove(id);
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

    /** A minute's worth of requests, refilled continuously. */
    private static final class Bucket {
        private double available;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.available = capacity;
            this.updatedAt = now;
        }

        synchronized Allowance take(int perMinute, long now) {
            double perMilli = perMinute / 60_000.0;
            available = Math.min(perMinute, available + Math.max(0, now - updatedAt) * perMilli);
            updatedAt = now;
            if (available >= 1) {
                available -= 1;
                return new Allowance(true, 0);
            }
            return new Allowance(false, (long) Math.ceil((1 - available) / perMilli / 1000.0));
        }
    }
}
