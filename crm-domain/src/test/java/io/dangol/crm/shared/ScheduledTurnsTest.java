package io.dangol.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduledTurnsTest {

    private final InMemoryTallies tallies = new InMemoryTallies();

    private ScheduledTurns at(String instant) {
        return new ScheduledTurns(tallies, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void theFirstInstanceToClaimAMinuteRunsTheJobAndTheOthersSkipIt() {
        assertThat(at("2026-12-04T18:40:00.120Z").claim("access-log")).isTrue();
        assertThat(at("2026-12-04T18:40:00.480Z").claim("access-log")).as("a second instance, same minute").isFalse();
        assertThat(at("2026-12-04T18:40:59Z").claim("access-log")).isFalse();
        assertThat(at("2026-12-04T18:40:01Z").claim("rejected-rows")).as("another job has its own turn").isTrue();
        assertThat(at("2026-12-05T18:40:00.300Z").claim("access-log")).as("the next night").isTrue();
    }
}
