package io.dangol.crm.web;

import io.dangol.crm.admin.Role;
import io.dangol.crm.shared.Codes;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of the signed-in staff user, as names ({@code ADMIN}, {@code SALES} …), for menus and for pages. */
public final class StaffRoles {

    private StaffRoles() {
    }

    public static Set<String> of(Authentication authentication) {
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
    }

    /** The same roles as the domain's {@link Role}s, for the use cases that check them. */
    public static Set<Role> roles(Authentication authentication) {
        return of(authentication).stream().flatMap(name -> Codes.parse(Role.class, name).stream()).collect(Collectors.toSet());
    }
}
