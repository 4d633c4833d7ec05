package io.dangol.crm.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void repeatedFailuresBlockTheUsernameForAWhile() {
        throttle.failed("admin");
        throttle.failed("ADMIN ");
        assertThat(throttle.blockedFor("admin")).isEmpty();

        throttle.failed("admin");

        assertThat(throttle.blockedFor("admin")).contains(Duration.ofMinutes(15));
        assertThat(throttle.blockedFor("sales")).isEmpty();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.blockedFor("admin")).isEmpty();
    }

    @Test
    void aSuccessClearsTheCount() {
        throttle.failed("sales");
        throttle.failed("sales");
        throttle.succeeded("sales");
        throttle.failed("sales");

        assertThat(throttle.blockedFor("sales")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        throttle.failed("service");
        throttle.failed("service");
        clock.advance(Duration.ofMinutes(20));
        throttle.failed("service");

        assertThat(throttle.blockedFor("service")).isEmpty();
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
