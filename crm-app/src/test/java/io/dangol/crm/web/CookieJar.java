package io.dangol.crm.web;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * One browser's session for MockMvc: sessions live in PostgreSQL (Spring Session), found by the SESSION cookie, so a
 * test carries the cookie from response to request as a browser does (a MockHttpSession is not where they are).
 */
final class CookieJar {

    private final MockMvc mvc;
    private Cookie session;

    CookieJar(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        ResultActions actions = mvc.perform(request);
        Cookie set = actions.andReturn().getResponse().getCookie("SESSION");
        if (set != null) {
            session = set.getMaxAge() == 0 ? null : set;
        }
        return actions;
    }
}
