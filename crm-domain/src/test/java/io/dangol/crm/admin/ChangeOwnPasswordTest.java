package io.dangol.crm.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeOwnPasswordTest {

    private final InMemoryAppUsers users = new InMemoryAppUsers();
    private final PasswordHasher hasher = raw -> "hashed:" + raw;
    private final List<String> ended = new ArrayList<>();
    private final StaffSessions sessions = new StaffSessions() {
        @Override
        public int endAll(String username) {
            ended.add(username + " all");
            return 1;
        }

        @Override
        public int endAllBut(String username, String kept) {
            ended.add(username + " but " + kept);
            return 1;
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);
    private final AdministeringUsers administering = new AdministeringUsers(users, users, hasher, clock, sessions);
    private final ChangeOwnPassword change = new ChangeOwnPassword(users, users, hasher, PasswordPolicy.shipped(), sessions, clock);
    private String issued;

    @BeforeEach
    void aUserWithAnIssuedPassword() {
        issued = administering.create(new AdministeringUsers.CreateUser("admin", "jiwoo", "지우", EnumSet.of(Role.SALES))).password();
    }

    private ChangeOwnPassword.Result attempt(String current, String chosen, String repeated) {
        return change.handle(new ChangeOwnPassword.Command("jiwoo", current, chosen, repeated, "session-1"));
    }

    @Test
    void anIssuedPasswordMustBeChangedAndAChosenOneNeedNot() {
        assertThat(users.findByUsername("jiwoo").orElseThrow().mustChangePassword()).isTrue();

        assertThat(attempt(issued, "봄날의 단골 손님 2026", "봄날의 단골 손님 2026").changed()).isTrue();

        AppUser jiwoo = users.findByUsername("jiwoo").orElseThrow();
        assertThat(jiwoo.mustChangePassword()).isFalse();
        assertThat(jiwoo.passwordHash()).isEqualTo("hashed:봄날의 단골 손님 2026");
        assertThat(users.latest(1).get(0).kind()).isEqualTo(RightsChangeKind.PASSWORD_CHANGED);
        assertThat(ended).containsExactly("jiwoo but session-1");
    }

    @Test
    void theCurrentPasswordIsRequiredAndEveryBadChoiceIsExplained() {
        assertThat(attempt("wrong", "a-long-enough-passphrase", "a-long-enough-passphrase").problem())
                .contains("password.problem.current");
        assertThat(attempt(issued, "short", "short").problem()).contains("password.problem.tooShort");
        assertThat(attempt(issued, "x".repeat(129), "x".repeat(129)).problem()).contains("password.problem.tooLong");
        assertThat(attempt(issued, "qwertyuiop", "qwertyuiop").problem()).contains("password.problem.common");
        assertThat(attempt(issued, "Password1234", "Password1234").problem()).contains("password.problem.common");
        assertThat(attempt(issued, "jiwoo-is-my-name", "jiwoo-is-my-name").problem()).contains("password.problem.username");
        assertThat(attempt(issued, "a-long-enough-passphrase", "a-long-enough-passphrasE").problem())
                .contains("password.problem.repeat");
        assertThat(attempt(issued, issued, issued).problem()).contains("password.problem.same");
        assertThat(users.findByUsername("jiwoo").orElseThrow().mustChangePassword()).isTrue();
        assertThat(ended).isEmpty();
    }

    @Test
    void aResetIssuesAPasswordToChangeAgain() {
        attempt(issued, "봄날의 단골 손님 2026", "봄날의 단골 손님 2026");
        UserId id = users.findByUsername("jiwoo").orElseThrow().id().orElseThrow();

        administering.resetPassword(new AdministeringUsers.ResetPassword("admin", id));

        assertThat(users.findByUsername("jiwoo").orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void theShippedListIsLoadedAndAnyCharactersAreAllowed() {
        PasswordPolicy policy = PasswordPolicy.shipped();
        assertThat(policy.size()).as("the most common passwords of ten characters or more").isGreaterThan(9_000);
        assertThat(policy.problem("단골고객관리 정말 좋아요", "jiwoo")).isEmpty();
        assertThat(policy.problem("😀😀😀😀😀😀😀😀😀😀", "jiwoo")).isEmpty();
        assertThat(policy.problem("dangol1234", "jiwoo")).contains("password.problem.common");
        assertThat(Optional.of(policy.problem(null, "x"))).contains(Optional.of("password.problem.tooShort"));
    }
}
