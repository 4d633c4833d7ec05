package io.dangol.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/**
 * The page shell's attributes (menu, user name, roles, current path) for a page an exception handler renders: the
 * {@code @ModelAttribute}s of {@link ShellAdvice} do not reach an exception handler's model, so a "not found" page
 * would lose its menu.
 */
public final class PageShell {

    private PageShell() {
    }

    /** Fills the shell and returns the view, for {@code return PageShell.page("error/404", …)}. */
    public static String page(String view, Model model, Authentication authentication, HttpServletRequest request) {
        ShellAdvice shell = new ShellAdvice();
        model.addAttribute("navigation", shell.navigation(authentication));
        model.addAttribute("userName", shell.userName(authentication));
        model.addAttribute("currentPath", shell.currentPath(request));
        model.addAttribute("roles", shell.roles(authentication));
        return view;
    }
}
