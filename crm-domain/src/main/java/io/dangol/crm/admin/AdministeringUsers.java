package io.dangol.crm.admin;

import io.dangol.crm.admin.UserRightsRefused.Reason;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin's use cases on users. Every change of a user's rights is written to {@link RightsChanges}, and a user
 * disabled, given other roles or a new password is signed out of every live session ({@link StaffSessions}).
 * Two guards keep the company from locking itself out: nobody disables or demotes themselves, and the
 * last enabled admin stays an enabled admin.
 */
public final class AdministeringUsers {

    public record CreateUser(String actor, String username, String displayName, Set<Role> roles) { }

    public record ChangeRoles(String actor, UserId user, Set<Role> roles) { }

    public record DisableUser(String actor, UserId user) { }

    public record EnableUser(String actor, UserId user) { }

    public record ResetPassword(String actor, UserId user) { }

    private final AppUsers users;
    private final RightsChanges changes;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final StaffSessions sessions;

    public AdministeringUsers(AppUsers users, RightsChanges changes, PasswordHasher hasher, Clock clock) {
        this(users, changes, hasher, clock, StaffSessions.NONE);
    }

    public AdministeringUsers(AppUsers users, RightsChanges changes, PasswordHasher hasher, Clock clock, StaffSessions sessions) {
        this.users = users;
        this.changes = changes;
        this.hasher = hasher;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Creates a user with an issued (printed) password, which they change at their first sign-in. */
    public IssuedPassword create(CreateUser command) {
        return create(command, IssuedPassword.random(), true);
    }

    /** Creates a user with a given password (the first admin's, from CRM_ADMIN_PASSWORD). */
    public IssuedPassword create(CreateUser command, String password) {
        return create(command, password, false);
    }

    private IssuedPassword create(CreateUser command, String password, boolean issued) {
        if (!AppUser.isValidUsername(command.username())) {
            throw new UserRightsRefused(Reason.INVALID, "invalid username: " + command.username());
        }
        if (command.roles() == null || command.roles().isEmpty()) {
            throw new UserRightsRefused(Reason.INVALID, "a user needs at least one role");
        }
        if (users.findByUsername(command.username()).isPresent()) {
            throw new UserRightsRefused(Reason.USERNAME_TAKEN, "username taken: " + command.username());
        }
        AppUser user = AppUser.create(command.username(), command.displayName(), hasher.hash(password), command.roles(),
                clock.instant());
        if (issued) {
            user.issuePasswordHash(user.passwordHash());
        }
        users.save(user);
        record(command.actor(), command.username(), RightsChangeKind.CREATED, "roles " + names(command.roles()));
        return new IssuedPassword(command.username(), password);
    }

    public void changeRoles(ChangeRoles command) {
        AppUser user = load(command.user());
        if (command.roles() == null || command.roles().isEmpty()) {
            throw new UserRightsRefused(Reason.INVALID, "a user needs at least one role");
        }
        boolean losesAdmin = user.hasRole(Role.ADMIN) && !command.roles().contains(Role.ADMIN);
        if (losesAdmin) {
            refuseOwnAccount(command.actor(), user);
            refuseLastAdmin(user);
        }
        String before = names(user.roles());
        user.changeRoles(command.roles());
        users.save(user);
        sessions.endAll(user.username());
        record(command.actor(), user.username(), RightsChangeKind.ROLES_CHANGED, before + " → " + names(user.roles()));
    }

    public void disable(DisableUser command) {
        AppUser user = load(command.user());
        if (!user.isEnabled()) {
            return;
        }
        refuseOwnAccount(command.actor(), user);
        if (user.hasRole(Role.ADMIN)) {
            refuseLastAdmin(user);
        }
        user.disable();
        users.save(user);
        sessions.endAll(user.username());
        record(command.actor(), user.username(), RightsChangeKind.DISABLED, "");
    }

    public void enable(EnableUser command) {
        AppUser user = load(command.user());
        if (user.isEnabled()) {
            return;
        }
        user.enable();
        users.save(user);
        record(command.actor(), user.username(), RightsChangeKind.ENABLED, "");
    }

    public IssuedPassword resetPassword(ResetPassword command) {
        AppUser user = load(command.user());
        String password = IssuedPassword.random();
        user.issuePasswordHash(hasher.hash(password));
        users.save(user);
        sessions.endAll(user.username());
        record(command.actor(), user.username(), RightsChangeKind.PASSWORD_RESET, "");
        return new IssuedPassword(user.username(), password);
    }

    private AppUser load(UserId id) {
        return users.find(id).orElseThrow(() -> new UserNotFound("#" + id.value()));
    }

    private static void refuseOwnAccount(String actor, AppUser user) {
        if (user.username().equals(actor)) {
            throw new UserRightsRefused(Reason.OWN_ACCOUNT, "you cannot take away your own admin rights");
        }
    }

    private void refuseLastAdmin(AppUser user) {
        if (user.isEnabled() && users.countEnabledAdmins() <= 1) {
            throw new UserRightsRefused(Reason.LAST_ADMIN, user.username() + " is the last enabled admin");
        }
    }

    private void record(String actor, String username, RightsChangeKind kind, String detail) {
        changes.record(new RightsChange(clock.instant(), actor, username, kind, detail));
    }

    private static String names(Set<Role> roles) {
        return String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
    }
}
