package io.dangol.crm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.shared.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issuing, authenticating, revoking and rate-limiting API tokens, against an in-memory store and a clock we move. */
class ApiAccessTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private final MemoryTokens tokens = new MemoryTokens();
    private final ApiAccess access = new ApiAccess(tokens, new io.dangol.crm.shared.InMemoryTallies(), clock, 60);

    @Test
    void aTokenIsAnsweredAtMostTheDailyCapOfCustomersUntilTheNextDay() {
        ApiAccess capped = new ApiAccess(tokens, new io.dangol.crm.shared.InMemoryTallies(), clock, 60, 100);

        assertThat(capped.answer(7, 60).allowed()).isTrue();
        assertThat(capped.answer(7, 40).allowed()).isTrue();
        ApiAccess.Allowance refused = capped.answer(7, 1);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 86_400L);
        assertThat(capped.answer(8, 100).allowed()).as("another token has its own count").isTrue();
        assertThat(capped.answer(7, 0).allowed()).as("an empty answer always fits").isTrue();
        clock.advance(java.time.Duration.ofDays(1));
        assertThat(capped.answer(7, 100).allowed()).as("a new day").isTrue();
    }

    @Test
    void aTokenIsKeptOnlyAsAHashAndLetsInUntilRevoked() {
        IssuedToken issued = access.issue("온라인몰", "webshop", EnumSet.of(ApiScope.ORDERS_WRITE), "admin");
        assertThat(issued.secret()).startsWith("dgl_").hasSize(4 + 43);
        assertThat(issued.token().prefix()).isEqualTo(issued.secret().substring(0, 10));
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(tokens.hashes).containsOnlyKeys(ApiAccess.hash(issued.secret())).doesNotContainKey(issued.secret());

        ApiToken token = access.authenticate(issued.secret()).orElseThrow();
        assertThat(token.allows(ApiScope.ORDERS_WRITE)).isTrue();
        assertThat(token.allows(ApiScope.CUSTOMERS_READ)).isFalse();
        assertThat(access.authenticate(issued.secret() + "x")).isEmpty();
        assertThat(access.authenticate("Basic abc")).isEmpty();

        assertThat(access.revoke(token.id(), "admin")).isTrue();
        assertThat(access.revoke(token.id(), "admin")).isFalse();
        assertThat(access.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void twoTokensNeverShareASecret() {
        Set<String> secrets = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            secrets.add(access.issue("t" + i, "pos", EnumSet.of(ApiScope.CUSTOMERS_READ), "admin").secret());
        }
        assertThat(secrets).hasSize(200);
    }

    @Test
    void aTokenNeedsANameASourceSystemAndAScope() {
        assertThatThrownBy(() -> access.issue(" ", "pos", EnumSet.of(ApiScope.CUSTOMERS_READ), "admin"))
                .hasMessage("apiTokens.error.name");
        assertThatThrownBy(() -> access.issue("x", "웹샵", EnumSet.of(ApiScope.CUSTOMERS_READ), "admin"))
                .hasMessage("apiTokens.error.source");
        assertThatThrownBy(() -> access.issue("x", "pos", EnumSet.noneOf(ApiScope.class), "admin"))
                .hasMessage("apiTokens.error.scopes");
    }

    @Test
    void aTokenMayBurstAMinutesWorthThenOneRequestPerSecondAtARateOf60() {
        ApiToken token = access.authenticate(access.issue("pos", "pos", EnumSet.of(ApiScope.CUSTOMERS_READ), "admin").secret())
                .orElseThrow();
        for (int i = 0; i < 60; i++) {
            assertThat(access.take(token).allowed()).isTrue();
        }
        ApiAccess.Allowance refused = access.take(token);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(access.take(token).allowed()).isTrue();
        assertThat(access.take(token).allowed()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 60; i++) {
            assertThat(access.take(token).allowed()).as("refilled to a minute's worth, no more").isTrue();
        }
        assertThat(access.take(token).allowed()).isFalse();
    }

    @Test
    void useIsRecordedAtMostOnceAMinute() {
        String secret = access.issue("pos", "pos", EnumSet.of(ApiScope.CUSTOMERS_READ), "admin").secret();
        for (int i = 0; i < 10; i++) {
            access.authenticate(secret);
        }
        assertThat(tokens.uses).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        access.authenticate(secret);
        assertThat(tokens.uses).hasSize(2);
    }
    static final class MemoryTokens implements ApiTokens {
        final Map<String, ApiToken> hashes = new HashMap<>();
        final List<Long> uses = new ArrayList<>();
        private long next = 1;

        @Override
        public long add(String name, String sourceSystem, String secretHash, String prefix, Set<ApiScope> scopes,
                        String createdBy, Instant at) {
            long id = next++;
            hashes.put(secretHash, new ApiToken(id, name, sourceSystem, prefix, scopes, createdBy, at, Optional.empty(),
                    Optional.empty()));
            return id;
        }

        @Override
        public Optional<ApiToken> findByHash(String secretHash) {
            return Optional.ofNullable(hashes.get(secretHash));
        }

        @Override
        public List<ApiToken> all() {
            return List.copyOf(hashes.values());
        }

        @Override
        public boolean revoke(long id, String revokedBy, Instant at) {
            for (Map.Entry<String, ApiToken> entry : hashes.entrySet()) {
                ApiToken t = entry.getValue();
                if (t.id() == id && t.isActive()) {
                    entry.setValue(new ApiToken(t.id(), t.name(), t.sourceSystem(), t.prefix(), t.scopes(), t.createdBy(),
                            t.createdAt(), t.lastUsedAt(), Optional.of(at)));
                    return true;
                }
            }
            return false;
        }

        @Override
        public void used(long id, Instant at) {
            uses.add(id);
        }
    }
}
