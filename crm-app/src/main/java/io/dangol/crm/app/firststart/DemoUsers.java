package io.dangol.crm.app.firststart;

import io.dangol.crm.admin.AdministeringUsers;
import io.dangol.crm.admin.AdministeringUsers.CreateUser;
import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.admin.IssuedPassword;
import io.dangol.crm.admin.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** One user per staff role for a demo (marketing, sales, service), each with a random password. */
@Component
public class DemoUsers {

    private final AppUsers users;
    private final AdministeringUsers administering;

    DemoUsers(AppUsers users, AdministeringUsers administering) {
        this.users = users;
        this.administering = administering;
    }

    public List<IssuedPassword> ensure() {
        List<IssuedPassword> issued = new ArrayList<>();
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            String username = role.name().toLowerCase(java.util.Locale.ROOT);
            if (users.findByUsername(username).isEmpty()) {
                issued.add(administering.create(new CreateUser("demo", username, "Demo " + username, EnumSet.of(role))));
            }
        }
        return issued;
    }
}
