package io.dangol.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the menu for the signed-in user's roles. */
@ControllerAdvice
class ShellAdvice {

    @ModelAttribute("navigation")
    List<Navigation.Item> navigation(Authentication authentication) {
        return Navigation.visibleTo(roles(authentication));
    }

    @ModelAttribute("userName")
    String userName(Authentication authentication) {
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? authentication.getName() : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("roles")
    Set<String> roles(Authentication authentication) {
        return StaffRoles.of(authentication);
    }
}
