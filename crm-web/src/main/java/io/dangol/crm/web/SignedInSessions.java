package io.dangol.crm.web;

import io.dangol.crm.admin.StaffSessions;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The staff's live sessions as Spring Security's registry knows them: ending a user's sessions marks each expired, and
 * the next request on it lands on the sign-in page. The registry is per app instance.
 */
final class SignedInSessions implements StaffSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public int endAll(String username) {
        return endAllBut(username, null);
    }

    @Override
    public int endAllBut(String username, String keptSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
            if (name.equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keptSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
