package io.dangol.crm.admin.web;

import io.dangol.crm.admin.AdministeringUsers.CreateUser;
import io.dangol.crm.admin.Role;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The "new user" form. */
record NewUserForm(
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,39}", message = "{users.username.invalid}") String username,
        @Size(max = 100, message = "{users.displayName.tooLong}") String displayName,
        @NotEmpty(message = "{users.roles.required}") Set<Role> roles) {

    static NewUserForm empty() {
        return new NewUserForm("", "", EnumSet.noneOf(Role.class));
    }

    CreateUser toCommand(String actor) {
        return new CreateUser(actor, username, displayName, roles);
    }
}
