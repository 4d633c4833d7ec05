package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.admin.AdministeringUsers.DisableUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.app.AppIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class SecurityTest extends AppIntegrationTest {

    @Test
    void aUserSignsInWithTheirPassword() throws Exception {
        String sales = aUserWith(Role.SALES);

        mvc.perform(post("/login").param("username", sales).param("password", PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername(sales));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        String sales = aUserWith(Role.SALES);
        mvc.perform(post("/login").param("username", sales).param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void repeatedFailuresLockTheNameEvenForTheRightPassword() throws Exception {
        String marketing = aUserWith(Role.MARKETING);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", marketing).param("password", "guess" + i).with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", marketing).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        String service = aUserWith(Role.SERVICE);
        administering.disable(new DisableUser("test", users.findByUsername(service).orElseThrow().id().orElseThrow()));

        mvc.perform(post("/login").param("username", service).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?disabled")).andExpect(unauthenticated());
    }

    @Test
    void postsWithoutACsrfTokenAreRejected() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        // without a session there is no token to match: the user is asked to sign in again, and is not signed in
        mvc.perform(post("/login").param("username", admin).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
        // a signed-in admin whose session holds a token, posting without it (as a forged cross-site form would)
        MockHttpSession session = (MockHttpSession) mvc.perform(get("/admin/users").with(user(admin).roles("ADMIN")))
                .andReturn().getRequest().getSession();
        mvc.perform(post("/admin/users").session(session).param("username", "sneaky").param("roles", "ADMIN")
                .with(user(admin).roles("ADMIN"))).andExpect(status().isForbidden());
        assertThat(users.findByUsername("sneaky")).isEmpty();
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
