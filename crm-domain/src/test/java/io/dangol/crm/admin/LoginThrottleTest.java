package io.dangol.crm.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.shared.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String HOME = "10.0.0.5";
    private static final String ATTACKER = "203.0.113.9";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new io.dangol.crm.shared.InMemoryTallies(), 3, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void failuresBeyondTheFreeOnesMakeTheNextTryWaitLongerAndLonger() {
        throttle.failed("admin", ATTACKER);
        throttle.failed("ADMIN ", ATTACKER);
        throttle.failed("admin", ATTACKER);
        assertThat(throttle.blockedFor("admin", ATTACKER)).isEmpty();

        throttle.failed("admin", ATTACKER);
        assertThat(throttle.blockedFor("admin", ATTACKER)).contains(Duration.ofSeconds(1));
        throttle.failed("admin", ATTACKER);
        assertThat(throttle.blockedFor("admin", ATTACKER)).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            throttle.failed("admin", ATTACKER);
        }
        assertThat(throttle.blockedFor("admin", ATTACKER)).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.blockedFor("admin", ATTACKER)).isEmpty();
    }

    @Test
    void hammeringWhileSlowedDownMakesTheWaitLongerFromThereOnly() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", ATTACKER);
        }
        for (int i = 0; i < 100; i++) {
            throttle.triedTooSoon("admin", ATTACKER);
        }

        assertThat(throttle.blockedFor("admin", ATTACKER)).contains(Duration.ofMinutes(15));
        assertThat(throttle.blockedFor("admin", HOME)).as("the username's count everywhere is not raised").isEmpty();
    }

    @Test
    void anAttackerElsewhereCannotLockTheAdminOut() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("admin", ATTACKER);
        }

        assertThat(throttle.blockedFor("admin", ATTACKER)).isPresent();
        assertThat(throttle.blockedFor("admin", HOME)).isEmpty();
    }

    @Test
    void sprayingOneGuessOverManyUsersFromOneAddressSlowsDown() {
        for (int user = 0; user < 12; user++) {
            throttle.failed("user" + user, ATTACKER);
        }

        assertThat(throttle.blockedFor("someone-new", ATTACKER)).as("the address is over its 12 free failures").isEmpty();
        throttle.failed("user12", ATTACKER);
        assertThat(throttle.blockedFor("someone-new", ATTACKER)).isPresent();
        assertThat(throttle.blockedFor("someone-new", HOME)).isEmpty();
    }

    @Test
    void oneUserGuessedFromManyAddressesSlowsDownEverywhere() {
        for (int address = 0; address < 31; address++) {
            throttle.failed("admin", "198.51.100." + address);
        }

        assertThat(throttle.blockedFor("admin", HOME)).isPresent();
    }

    @Test
    void aSuccessClearsTheUsersCountsButNotTheAddresses() {
        throttle.failed("sales", HOME);
        throttle.failed("sales", HOME);
        throttle.succeeded("sales", HOME);
        throttle.failed("sales", HOME);
        throttle.failed("sales", HOME);

        assertThat(throttle.blockedFor("sales", HOME)).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        throttle.failed("service", HOME);
        throttle.failed("service", HOME);
        throttle.failed("service", HOME);
        clock.advance(Duration.ofMinutes(20));
        throttle.failed("service", HOME);

        assertThat(throttle.blockedFor("service", HOME)).isEmpty();
    }

    @Test
    void absurdlyLongUsernamesAreNeverKeptButStillCountAgainstTheAddress() {
        String huge = "x".repeat(10_000);
        assertThat(LoginThrottle.isPlausibleUsername(huge)).isFalse();
        for (int i = 0; i < 13; i++) {
            throttle.failed(huge + i, ATTACKER);
        }

        assertThat(throttle.blockedFor("admin", ATTACKER)).isPresent();
        assertThat(throttle.blockedFor("admin", HOME)).isEmpty();
    }

    @Test
    void theDelayDoublesAndStopsAtTheLongest() {
        assertThat(throttle.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delay(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.delay(64)).isEqualTo(Duration.ofMinutes(15));
    }
}
