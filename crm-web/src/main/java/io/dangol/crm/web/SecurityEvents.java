package io.dangol.crm.web;

import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Security events for the operator's log (ASVS 16.3.1, 16.3.2), on the logger {@code dangol.security}: every sign-in
 * and every failed one (never the password typed), and every request refused for want of a role — with the user and
 * the client's address. Usernames are cut to 100 characters and stripped of line breaks, so a typed name cannot forge
 * log lines. Each is also counted for the operator's metrics ({@code dangol_sign_ins_total} by outcome,
 * {@code dangol_access_refused_total}), on Micrometer's global registry, which Spring Boot's registry joins.
 */
@Component
class SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger("dangol.security");

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Metrics.counter("dangol.sign.ins", "outcome", "succeeded").increment();
        LOG.info("sign-in succeeded user={} address={}", safe(event.getAuthentication().getName()), address(event.getAuthentication()));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        Metrics.counter("dangol.sign.ins", "outcome",
                event.getException() instanceof org.springframework.security.authentication.LockedException ? "slowed-down" : "failed")
                .increment();
        LOG.warn("sign-in failed user={} address={} reason={}", safe(event.getAuthentication().getName()),
                address(event.getAuthentication()), event.getException().getClass().getSimpleName());
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who != null && who.isAuthenticated() && !"anonymousUser".equals(who.getName())) {
            Object target = event.getObject();
            String to = target instanceof jakarta.servlet.http.HttpServletRequest request
                    ? request.getMethod() + " " + request.getRequestURI() : String.valueOf(target);
            Metrics.counter("dangol.access.refused").increment();
            LOG.warn("access refused user={} address={} to={}", safe(who.getName()), address(who), safe(to));
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? String.valueOf(details.getRemoteAddress()) : "";
    }

    static String safe(String text) {
        String clean = text == null ? "" : text.replaceAll("[\\r\\n\\t]", "_");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
