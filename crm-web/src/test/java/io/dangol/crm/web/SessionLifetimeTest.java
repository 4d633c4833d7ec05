package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** ASVS 7.3.2: however busy, a session older than its lifetime ends and the user signs in again. */
class SessionLifetimeTest {

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void aSessionOlderThanItsLifetimeEndsAndLeadsToTheSignInPage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SessionLifetime(Duration.ofHours(12), at(created.plus(Duration.ofHours(12)).plusSeconds(1)))
                .doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(chain.getRequest()).as("the page is not served").isNull();
    }

    @Test
    void aYoungerSessionGoesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        new SessionLifetime(Duration.ofHours(12), at(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(11))))
                .doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
