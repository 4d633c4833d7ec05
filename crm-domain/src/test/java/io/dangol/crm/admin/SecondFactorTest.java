package io.dangol.crm.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.shared.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    private final InMemoryAppUsers users = new InMemoryAppUsers();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T00:00:00Z"));
    private final OneTimeCodes codes = new OneTimeCodes();
    private final AdministeringUsers administering = new AdministeringUsers(users, users, raw -> "h:" + raw, clock);

    private SecondFactor secondFactor(boolean requiredForAdmins) {
        return new SecondFactor(users, users, codes, requiredForAdmins, clock);
    }

    @Test
    void rfc6238sOwnTestVectorComesOut() {
        // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", at 59 s: 94287082 (eight digits; we show six)
        String secret = new org.apache.commons.codec.binary.Base32().encodeToString("12345678901234567890".getBytes())
                .replace("=", "");
        assertThat(codes.codeAt(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(codes.codeAt(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void enrolledUsersAreAskedForACodeWhichWorksOnceAndOnlyNearNow() {
        administering.create(new AdministeringUsers.CreateUser("admin", "mina", null, EnumSet.of(Role.SALES)), "a-given-password");
        SecondFactor factor = secondFactor(false);
        assertThat(factor.afterPassword("mina")).isEqualTo(SecondFactor.Pending.NONE);

        SecondFactor.Enrolment enrolment = factor.start("mina");
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Dangol%3Amina?secret=" + enrolment.secret());
        assertThat(factor.confirm("mina", enrolment.secret(), "000000")).contains("mfa.problem.code");
        assertThat(factor.confirm("mina", enrolment.secret(), codes.codeAt(enrolment.secret(), clock.instant()))).isEmpty();
        assertThat(factor.afterPassword("mina")).isEqualTo(SecondFactor.Pending.CODE);
        assertThat(users.latest(1).get(0).kind()).isEqualTo(RightsChangeKind.SECOND_FACTOR_ADDED);

        clock.advance(Duration.ofSeconds(30));
        String code = codes.codeAt(enrolment.secret(), clock.instant());
        assertThat(factor.check("mina", code)).isTrue();
        assertThat(factor.check("mina", code)).as("a code signs in once").isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(factor.check("mina", codes.codeAt(enrolment.secret(), clock.instant().minus(Duration.ofMinutes(2)))))
                .as("an old code").isFalse();
        assertThat(factor.check("mina", codes.codeAt(enrolment.secret(), clock.instant()))).isTrue();
        assertThat(factor.check("mina", "12 34 5x")).isFalse();
    }

    @Test
    void adminsMustEnrolWhenRequiredAndALostPhoneIsRemovedByAnAdmin() {
        administering.create(new AdministeringUsers.CreateUser("system", "boss", null, EnumSet.of(Role.ADMIN)), "a-given-password");
        administering.create(new AdministeringUsers.CreateUser("boss", "jun", null, EnumSet.of(Role.SALES)), "a-given-password");
        SecondFactor required = secondFactor(true);
        assertThat(required.afterPassword("boss")).isEqualTo(SecondFactor.Pending.ENROL);
        assertThat(required.afterPassword("jun")).as("only admins must").isEqualTo(SecondFactor.Pending.NONE);

        SecondFactor.Enrolment enrolment = required.start("jun");
        required.confirm("jun", enrolment.secret(), codes.codeAt(enrolment.secret(), clock.instant()));
        UserId jun = users.findByUsername("jun").orElseThrow().id().orElseThrow();
        required.remove("boss", jun);

        assertThat(users.findByUsername("jun").orElseThrow().hasSecondFactor()).isFalse();
        assertThat(required.afterPassword("jun")).isEqualTo(SecondFactor.Pending.NONE);
        assertThat(users.latest(1).get(0).kind()).isEqualTo(RightsChangeKind.SECOND_FACTOR_REMOVED);
        assertThat(required.confirm("jun", "not-a-secret", "123456")).contains("mfa.problem.expired");
    }
}
