package io.dangol.crm.api.web;

import io.dangol.crm.api.ApiToken;
import io.dangol.crm.api.ApiAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request in by the API token in its {@code Authorization: Bearer} header, with the token's scopes as
 * authorities, after taking one request from the token's allowance (429 with {@code Retry-After} when it is spent).
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiAccess access;
    private final ApiProblems problems;

    ApiTokenFilter(ApiAccess access, ApiProblems problems) {
        this.access = access;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiToken> token = access.authenticate(header.substring(7).strip());
            if (token.isPresent()) {
                ApiAccess.Allowance allowance = access.take(token.get());
                if (!allowance.allowed()) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(allowance.retryAfterSeconds()));
                    problems.write(request, response, 429, "api.problem.rateLimited", String.valueOf(access.perMinute()));
                    return;
                }
                SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(token.get()));
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A request let in by a token: its principal is the token. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final ApiToken token;

        TokenAuthentication(ApiToken token) {
            super(token.scopes().stream().map(scope -> new SimpleGrantedAuthority(ApiSecurityConfiguration.scope(scope))).toList());
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ApiToken getPrincipal() {
            return token;
        }

        @Override
        public String getName() {
            return "api:" + token.name();
        }
    }

}
