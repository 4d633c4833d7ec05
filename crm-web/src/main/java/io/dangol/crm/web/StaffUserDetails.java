package io.dangol.crm.web;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.StaffDirectory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of our staff: roles become {@code ROLE_*} authorities. */
@Component
class StaffUserDetails implements UserDetailsService {

    private final StaffDirectory users;

    StaffUserDetails(StaffDirectory users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
                .disabled(!user.isEnabled())
                .build();
    }
}
