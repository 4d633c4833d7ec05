package io.dangol.crm.servicecase;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.contact.Department;
import java.util.Optional;
import java.util.Set;

/** Who works on cases: service staff and admins change them; a case is assigned to someone of its team. */
final class CaseStaff {

    private CaseStaff() {
    }

    static boolean mayChange(Set<Role> roles) {
        return roles.contains(Role.SERVICE) || roles.contains(Role.ADMIN);
    }

    /** The user a case can be assigned to: enabled, in the team's department or an admin. Empty when not. */
    static Optional<Long> assignee(StaffDirectory users, String username, Department team) {
        return users.findByUsername(username)
                .filter(AppUser::isEnabled)
                .filter(u -> u.hasRole(Role.ADMIN) || u.hasRole(Role.valueOf(team.name())))
                .flatMap(AppUser::id).map(UserId::value);
    }
}
