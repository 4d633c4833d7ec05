package io.dangol.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.shared.Tallies;
import io.dangol.crm.shared.Tally;
import io.dangol.crm.testing.PostgresIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class JdbcTalliesTest extends PostgresIntegrationTest {

    @Autowired
    Tallies tallies;

    private static Tally plusOne(String key, Tally previous) {
        return new Tally(previous.count() + 1, Instant.now().truncatedTo(ChronoUnit.MICROS), Optional.empty());
    }

    @Test
    void concurrentChangesOfTheSameKeysNeverLoseACount() throws Exception {
        String a = "test:" + UUID.randomUUID();
        String b = "test:" + UUID.randomUUID();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            // four writers, as four app instances would, two of them naming the keys in the other order
            List<Future<?>> done = List.of(
                    writers.submit(() -> repeat(() -> tallies.change(List.of(a, b), JdbcTalliesTest::plusOne))),
                    writers.submit(() -> repeat(() -> tallies.change(List.of(b, a), JdbcTalliesTest::plusOne))),
                    writers.submit(() -> repeat(() -> tallies.change(List.of(a), JdbcTalliesTest::plusOne))),
                    writers.submit(() -> repeat(() -> tallies.change(List.of(b, a), JdbcTalliesTest::plusOne))));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdownNow();
        }
        assertThat(tallies.read(List.of(a, b))).extracting(Tally::count).containsExactly(400L, 300L);
    }

    private static void repeat(Runnable change) {
        for (int i = 0; i < 100; i++) {
            change.run();
        }
    }

    @Test
    void absentKeysReadAsNothingAndChangesComeBackInTheKeysOrder() {
        String a = "test:" + UUID.randomUUID();
        String z = "test:" + UUID.randomUUID();
        assertThat(tallies.read(List.of(z, a))).containsExactly(Tally.NONE, Tally.NONE);

        Instant at = Instant.parse("2026-12-04T10:00:00Z");
        List<Tally> changed = tallies.change(List.of(z, a), (key, previous) ->
                new Tally(key.equals(z) ? 26 : 1, at, key.equals(z) ? Optional.of(at.plusSeconds(60)) : Optional.empty()));
        assertThat(changed).extracting(Tally::count).containsExactly(26L, 1L);
        assertThat(tallies.read(List.of(a, z))).containsExactly(new Tally(1, at, Optional.empty()),
                new Tally(26, at, Optional.of(at.plusSeconds(60))));

        tallies.forget(List.of(a));
        assertThat(tallies.read(List.of(a))).containsExactly(Tally.NONE);
    }

    @Test
    void oldTalliesAreForgottenUnlessTheyStillHoldSomethingBack() {
        String old = "test:" + UUID.randomUUID();
        String holding = "test:" + UUID.randomUUID();
        String recent = "test:" + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant longAgo = now.minus(Duration.ofDays(5));
        tallies.change(List.of(old), (k, t) -> new Tally(3, longAgo, Optional.empty()));
        tallies.change(List.of(holding), (k, t) -> new Tally(3, longAgo, Optional.of(now.plus(Duration.ofDays(1)))));
        tallies.change(List.of(recent), (k, t) -> new Tally(3, now, Optional.empty()));

        assertThat(tallies.forgetBefore(now.minus(Duration.ofDays(2)))).isGreaterThanOrEqualTo(1);
        assertThat(tallies.read(List.of(old, holding, recent))).extracting(Tally::count).containsExactly(0L, 3L, 3L);
    }
}
