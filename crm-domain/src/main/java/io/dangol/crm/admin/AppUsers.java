package io.dangol.crm.admin;

import io.dangol.crm.shared.WritePort;

/** Where staff users are written: only {@link AdministeringUsers} and {@link EnsureAdminExists} save them. */
@WritePort
public interface AppUsers extends StaffDirectory {

    AppUser save(AppUser user);
}
