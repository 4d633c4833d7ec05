package io.dangol.crm.admin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AccessLog;
import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.admin.RightsChange;
import io.dangol.crm.admin.RightsChangeKind;
import io.dangol.crm.admin.RightsChanges;
import io.dangol.crm.admin.Role;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.testing.PostgresIntegrationTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class JpaAppUsersTest extends PostgresIntegrationTest {

    @Autowired
    AppUsers users;

    @Autowired
    RightsChanges rightsChanges;

    @Autowired
    AccessLog accessLog;

    @Test
    void aUserWithSeveralRolesRoundTripsAndIsFoundWhateverTheCase() {
        String name = unique("sales");
        users.save(AppUser.create(name, "영업 담당", "{bcrypt}hash", EnumSet.of(Role.SALES, Role.SERVICE), Instant.now()));

        AppUser found = users.findByUsername(name.toUpperCase()).orElseThrow();

        assertThat(found.displayName()).isEqualTo("영업 담당");
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.SALES, Role.SERVICE);
        assertThat(found.isEnabled()).isTrue();
        assertThat(users.all()).extracting(AppUser::username).contains(name);
    }

    @Test
    void onlyEnabledAdminsCountAsAdmins() {
        long before = users.countEnabledAdmins();
        users.save(AppUser.create(unique("boss"), null, "h", EnumSet.of(Role.ADMIN, Role.MARKETING), Instant.now()));
        AppUser disabled = users.save(new AppUser(null, unique("gone"), null, "h", EnumSet.of(Role.ADMIN), false, Instant.now()));

        assertThat(users.countEnabledAdmins()).isEqualTo(before + 1);
        assertThat(users.find(disabled.id().orElseThrow()).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void rightsChangesAreKeptNewestFirst() {
        String who = unique("target");
        rightsChanges.record(new RightsChange(Instant.parse("2026-01-01T00:00:00Z"), "admin", who, RightsChangeKind.CREATED, "roles SALES"));
        rightsChanges.record(new RightsChange(Instant.parse("2026-01-02T00:00:00Z"), "admin", who, RightsChangeKind.DISABLED, ""));

        assertThat(rightsChanges.latest(1000)).filteredOn(c -> c.username().equals(who))
                .extracting(RightsChange::kind).containsExactly(RightsChangeKind.DISABLED, RightsChangeKind.CREATED);
    }

    @Test
    void accessLogKeepsWhoSawWhichCustomer() {
        String who = unique("viewer");
        accessLog.record(new AccessLogEntry(Instant.now(), who, "127.0.0.1", Optional.of(CustomerId.of(42)), AccessAction.VIEW, "customer page"));
        accessLog.record(new AccessLogEntry(Instant.now(), who, "127.0.0.1", Optional.empty(), AccessAction.EXPORT, "segment CORE, 120 rows"));

        assertThat(accessLog.latest(1000)).filteredOn(e -> e.username().equals(who))
                .extracting(AccessLogEntry::action, AccessLogEntry::customer)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(AccessAction.VIEW, Optional.of(CustomerId.of(42))),
                        org.assertj.core.groups.Tuple.tuple(AccessAction.EXPORT, Optional.empty()));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
