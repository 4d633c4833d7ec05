package io.dangol.crm.admin;

import java.util.List;
import java.util.Optional;

/** The staff who can sign in, as read by pages and use cases; {@link AppUsers} is where they are written. */
public interface StaffDirectory {

    Optional<AppUser> find(UserId id);

    Optional<AppUser> findByUsername(String username);

    List<AppUser> all();

    long count();

    /** Enabled users holding ADMIN: the last one may not be disabled or demoted. */
    long countEnabledAdmins();
}
