package io.dangol.crm.web;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.SecondFactor;
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
 * What a user still owes after their password was right, before any page: the code of their second factor, an
 * enrolment (an admin when CRM_REQUIRE_MFA=true), and — with an issued (printed) password — a password of their own
 * (ASVS 6.4.1). At sign-in the session is marked; every page but these forms and signing out leads to the first one
 * still owed until it is done.
 */
public final class SignInSteps implements HandlerInterceptor {

    public static final String PASSWORD_MARK = "dangol.mustChoosePassword";
    public static final String CODE_MARK = "dangol.secondFactorCode";
    public static final String ENROL_MARK = "dangol.secondFactorEnrol";
    public static final String PASSWORD_FORM = "/account/password";
    public static final String CODE_FORM = "/account/second-factor";
    public static final String ENROL_FORM = "/account/second-factor/setup";
    static final String[] ALLOWED = {PASSWORD_FORM, CODE_FORM, ENROL_FORM, "/logout", "/login", "/error", "/webjars/**", "/css/**",
        "/js/**", "/favicon.ico"};

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        String owed = owed(request.getSession(false));
        if (owed != null) {
            response.sendRedirect(request.getContextPath() + owed);
            return false;
        }
        return true;
    }

    /** The form of the first step still owed in this session, or null. */
    public static String owed(HttpSession session) {
        if (session == null) {
            return null;
        }
        if (Boolean.TRUE.equals(session.getAttribute(CODE_MARK))) {
            return CODE_FORM;
        }
        if (Boolean.TRUE.equals(session.getAttribute(ENROL_MARK))) {
            return ENROL_FORM;
        }
        if (Boolean.TRUE.equals(session.getAttribute(PASSWORD_MARK))) {
            return PASSWORD_FORM;
        }
        return null;
    }

    /** Marks what the user owes, and sends them to the first of it. */
    static final class AtSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

        private final StaffDirectory staff;
        private final SecondFactor secondFactor;

        /** @param secondFactor null where no second factor is wired (the web slice tests) */
        AtSignIn(StaffDirectory staff, SecondFactor secondFactor) {
            this.staff = staff;
            this.secondFactor = secondFactor;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            HttpSession session = request.getSession();
            SecondFactor.Pending pending = secondFactor == null ? SecondFactor.Pending.NONE
                    : secondFactor.afterPassword(authentication.getName());
            switch (pending) {
                case CODE -> session.setAttribute(CODE_MARK, Boolean.TRUE);
                case ENROL -> session.setAttribute(ENROL_MARK, Boolean.TRUE);
                case NONE -> { }
            }
            if (staff.findByUsername(authentication.getName()).map(AppUser::mustChangePassword).orElse(false)) {
                session.setAttribute(PASSWORD_MARK, Boolean.TRUE);
            }
            String owed = owed(session);
            if (owed != null) {
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, owed);
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
