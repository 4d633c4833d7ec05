package io.dangol.crm.web;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.StaffDirectory;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A user signed in with an issued (printed) password chooses their own before anything else (ASVS 6.4.1): at sign-in
 * the session is marked, and every page but the password form and signing out leads to the form until it is done.
 */
public final class PasswordToChoose implements HandlerInterceptor {

    public static final String MARK = "dangol.mustChoosePassword";
    public static final String FORM = "/account/password";
    static final String[] ALLOWED = {FORM, "/logout", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico"};

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MARK))) {
            response.sendRedirect(request.getContextPath() + FORM);
            return false;
        }
        return true;
    }

    /** Marks the session of a user whose password was issued, and sends them to the form. */
    static final class AtSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

        private final StaffDirectory staff;

        AtSignIn(StaffDirectory staff) {
            this.staff = staff;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            if (staff.findByUsername(authentication.getName()).map(AppUser::mustChangePassword).orElse(false)) {
                request.getSession().setAttribute(MARK, Boolean.TRUE);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, FORM);
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
