package io.dangol.crm.feedback;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.contact.Department;
import java.util.Optional;
import java.util.Set;

/** Who works the inbox: service and marketing staff, and admins. */
final class InboxStaff {

    private InboxStaff() {
    }

    static boolean mayWork(Set<Role> roles) {
        return roles.contains(Role.SERVICE) || roles.contains(Role.MARKETING) || roles.contains(Role.ADMIN);
    }

    /** The department an answer is logged for: service first, then marketing, then sales. */
    static Department departmentOf(Set<Role> roles) {
        if (roles.contains(Role.SERVICE)) {
            return Department.SERVICE;
        }
        if (roles.contains(Role.MARKETING)) {
            return Department.MARKETING;
        }
        return roles.contains(Role.SALES) ? Department.SALES : Department.SERVICE;
    }

    static Optional<Long> userId(StaffDirectory users, String username) {
        return users.findByUsername(username).flatMap(AppUser::id).map(UserId::value);
    }

    /** An enabled user of the department (or an admin). */
    static Optional<Long> assignee(StaffDirectory users, String username, Department team) {
        return users.findByUsername(username).filter(AppUser::isEnabled)
                .filter(u -> u.hasRole(Role.ADMIN) || u.hasRole(Role.valueOf(team.name())))
                .flatMap(AppUser::id).map(UserId::value);
    }
}
