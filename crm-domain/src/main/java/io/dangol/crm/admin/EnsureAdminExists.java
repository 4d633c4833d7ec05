package io.dangol.crm.admin;

import java.util.EnumSet;
import java.util.Optional;

/**
 * On first start nobody can administer: create {@code admin} with the password given by the operator
 * (CRM_ADMIN_PASSWORD), or a random one that is shown once. "First start" means no enabled admin and no user
 * called admin — the demo command may have created staff users before the app was ever served. There is no
 * default password, anywhere.
 */
public final class EnsureAdminExists {

    public static final String ADMIN_USERNAME = "admin";
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    static final String SYSTEM = "system";

    private final AppUsers users;
    private final AdministeringUsers administering;

    public EnsureAdminExists(AppUsers users, AdministeringUsers administering) {
        this.users = users;
        this.administering = administering;
    }

    /** Returns the issued password when an admin was created now; empty when there is one already. */
    public Optional<IssuedPassword> ensure(Optional<String> givenPassword) {
        if (users.countEnabledAdmins() > 0 || users.findByUsername(ADMIN_USERNAME).isPresent()) {
            return Optional.empty();
        }
        givenPassword.ifPresent(EnsureAdminExists::requireStrongEnough);
        var command = new AdministeringUsers.CreateUser(SYSTEM, ADMIN_USERNAME, "Administrator", EnumSet.of(Role.ADMIN));
        return Optional.of(givenPassword
                .map(password -> administering.create(command, password))
                .orElseGet(() -> administering.create(command)));
    }

    private static void requireStrongEnough(String password) {
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "CRM_ADMIN_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
    }
}
