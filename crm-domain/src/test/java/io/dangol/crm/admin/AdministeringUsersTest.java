package io.dangol.crm.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.admin.AdministeringUsers.ChangeRoles;
import io.dangol.crm.admin.AdministeringUsers.CreateUser;
import io.dangol.crm.admin.AdministeringUsers.DisableUser;
import io.dangol.crm.admin.AdministeringUsers.EnableUser;
import io.dangol.crm.admin.AdministeringUsers.ResetPassword;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdministeringUsersTest {

    private final InMemoryAppUsers users = new InMemoryAppUsers();
    private final PasswordHasher hasher = raw -> "hashed:" + raw;
    private final java.util.List<String> signedOut = new java.util.ArrayList<>();
    private final AdministeringUsers administering = new AdministeringUsers(users, users, hasher,
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC), username -> {
                signedOut.add(username);
                return 1;
            });
    private final EnsureAdminExists ensureAdmin = new EnsureAdminExists(users, administering);

    @Test
    void theFirstStartCreatesAnAdminWithARandomPasswordShownOnce() {
        IssuedPassword issued = ensureAdmin.ensure(Optional.empty()).orElseThrow();

        assertThat(issued.username()).isEqualTo("admin");
        assertThat(issued.password()).hasSize(IssuedPassword.LENGTH).isNotEqualTo(IssuedPassword.random());
        assertThat(users.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo("hashed:" + issued.password());
        assertThat(issued.toString()).doesNotContain(issued.password());
        assertThat(ensureAdmin.ensure(Optional.empty())).isEmpty();
    }

    @Test
    void staffCreatedBeforeTheFirstStartDoNotPreventTheAdmin() {
        administering.create(new CreateUser("demo", "sales", null, EnumSet.of(Role.SALES)));

        assertThat(ensureAdmin.ensure(Optional.empty())).isPresent();
        assertThat(users.countEnabledAdmins()).isEqualTo(1);
    }

    @Test
    void anOperatorPasswordIsUsedButMustBeLongEnough() {
        assertThatThrownBy(() -> ensureAdmin.ensure(Optional.of("short"))).hasMessageContaining("CRM_ADMIN_PASSWORD");
        assertThat(users.count()).isZero();

        ensureAdmin.ensure(Optional.of("a-long-enough-secret"));
        assertThat(users.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo("hashed:a-long-enough-secret");
    }

    @Test
    void everyChangeOfRightsIsRecorded() {
        ensureAdmin.ensure(Optional.empty());
        administering.create(new CreateUser("admin", "jiwoo", "박지우", EnumSet.of(Role.SALES)));
        UserId jiwoo = users.findByUsername("jiwoo").orElseThrow().id().orElseThrow();

        administering.changeRoles(new ChangeRoles("admin", jiwoo, EnumSet.of(Role.SALES, Role.SERVICE)));
        administering.disable(new DisableUser("admin", jiwoo));
        administering.enable(new EnableUser("admin", jiwoo));
        IssuedPassword reset = administering.resetPassword(new ResetPassword("admin", jiwoo));

        assertThat(users.latest(10)).filteredOn(c -> c.username().equals("jiwoo")).extracting(RightsChange::kind)
                .containsExactly(RightsChangeKind.PASSWORD_RESET, RightsChangeKind.ENABLED, RightsChangeKind.DISABLED,
                        RightsChangeKind.ROLES_CHANGED, RightsChangeKind.CREATED);
        assertThat(users.latest(10).get(3).detail()).isEqualTo("SALES → SALES,SERVICE");
        assertThat(users.find(jiwoo).orElseThrow().passwordHash()).isEqualTo("hashed:" + reset.password());
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemoted() {
        ensureAdmin.ensure(Optional.empty());
        administering.create(new CreateUser("admin", "second", null, EnumSet.of(Role.ADMIN)));
        UserId admin = users.findByUsername("admin").orElseThrow().id().orElseThrow();
        UserId second = users.findByUsername("second").orElseThrow().id().orElseThrow();

        administering.disable(new DisableUser("admin", second));

        assertThatThrownBy(() -> administering.changeRoles(new ChangeRoles("second", admin, EnumSet.of(Role.SALES))))
                .isInstanceOfSatisfying(UserRightsRefused.class, e -> assertThat(e.reason()).isEqualTo(UserRightsRefused.Reason.LAST_ADMIN));
        assertThat(users.countEnabledAdmins()).isEqualTo(1);
    }

    @Test
    void nobodyTakesAwayTheirOwnAdminRights() {
        ensureAdmin.ensure(Optional.empty());
        administering.create(new CreateUser("admin", "other", null, EnumSet.of(Role.ADMIN)));
        UserId admin = users.findByUsername("admin").orElseThrow().id().orElseThrow();

        assertThatThrownBy(() -> administering.disable(new DisableUser("admin", admin)))
                .isInstanceOfSatisfying(UserRightsRefused.class, e -> assertThat(e.reason()).isEqualTo(UserRightsRefused.Reason.OWN_ACCOUNT));
        assertThat(users.find(admin).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void usernamesAreUniqueAndWellFormed() {
        administering.create(new CreateUser("admin", "minji", null, EnumSet.of(Role.MARKETING)));

        assertThatThrownBy(() -> administering.create(new CreateUser("admin", "minji", null, EnumSet.of(Role.SALES))))
                .isInstanceOfSatisfying(UserRightsRefused.class, e -> assertThat(e.reason()).isEqualTo(UserRightsRefused.Reason.USERNAME_TAKEN));
        assertThatThrownBy(() -> administering.create(new CreateUser("admin", "Min Ji", null, EnumSet.of(Role.SALES))))
                .isInstanceOf(UserRightsRefused.class);
        assertThatThrownBy(() -> administering.create(new CreateUser("admin", "noroles", null, EnumSet.noneOf(Role.class))))
                .isInstanceOf(UserRightsRefused.class);
    }

    @Test
    void aUserDisabledGivenOtherRolesOrANewPasswordIsSignedOutEverywhere() {
        ensureAdmin.ensure(Optional.of("a-strong-first-password"));
        administering.create(new AdministeringUsers.CreateUser("admin", "jiwoo", "지우", java.util.Set.of(Role.SALES)));
        UserId jiwoo = users.findByUsername("jiwoo").orElseThrow().id().orElseThrow();

        administering.changeRoles(new AdministeringUsers.ChangeRoles("admin", jiwoo, java.util.Set.of(Role.SERVICE)));
        administering.resetPassword(new AdministeringUsers.ResetPassword("admin", jiwoo));
        administering.disable(new AdministeringUsers.DisableUser("admin", jiwoo));
        administering.enable(new AdministeringUsers.EnableUser("admin", jiwoo));

        assertThat(signedOut).containsExactly("jiwoo", "jiwoo", "jiwoo");
    }
}
