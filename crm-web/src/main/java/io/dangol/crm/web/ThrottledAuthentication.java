package io.dangol.crm.web;

import io.dangol.crm.admin.LoginThrottle;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the {@link LoginThrottle} — per username from this address, per address, per username — before the password
 * is even looked at, for any username typed (so a slowed-down name says nothing about whether the account exists), and
 * counts failures and successes. A username no account can have is refused without a lookup. A disabled account
 * answers exactly as a wrong password does, and counts as a failure.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = address(authentication);
        if (throttle.blockedFor(username, address).isPresent()) {
            throttle.triedTooSoon(username, address);
            throw new LockedException("too many failed sign-ins");
        }
        if (!LoginThrottle.isPlausibleUsername(username)) {
            throttle.failed(username, address);
            throw new BadCredentialsException("bad credentials");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException | AccountStatusException e) {
            throttle.failed(username, address);
            throw new BadCredentialsException("bad credentials");
        }
    }

    /** The client's address as the servlet container resolved it (behind a trusted proxy: the forwarded one). */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
