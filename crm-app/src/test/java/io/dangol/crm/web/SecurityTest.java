package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.admin.AdministeringUsers.DisableUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.app.AppIntegrationTest;
import org.junit.jupiter.api.Test;

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
    void repeatedFailuresSlowTheNameDownFromThatAddressOnly() throws Exception {
        String marketing = aUserWith(Role.MARKETING);
        for (int i = 0; i < 9; i++) { // 5 free, then each try (checked or refused) waits longer: 1, 2, 4, 8 s
            mvc.perform(post("/login").param("username", marketing).param("password", "guess" + i).with(csrf()).with(from("203.0.113.7")))
                    .andExpect(redirectedUrl(i < 6 ? "/login?error" : "/login?locked"));
        }
        mvc.perform(post("/login").param("username", marketing).param("password", PASSWORD).with(csrf()).with(from("203.0.113.7")))
                .andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        // the guesser cannot lock the colleague out: from the colleague's own desk the password works
        mvc.perform(post("/login").param("username", marketing).param("password", PASSWORD).with(csrf()).with(from("10.20.0.15")))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername(marketing));
    }

    @Test
    void sprayingOneAddressOverManyUsersSlowsThatAddressDown() throws Exception {
        String sales = aUserWith(Role.SALES);
        for (int i = 0; i < 24; i++) { // 20 free over all usernames, then 1, 2, 4, 8 s
            mvc.perform(post("/login").param("username", "nobody" + i).param("password", "Password1!").with(csrf()).with(from("198.51.100.66")))
                    .andExpect(redirectedUrl(i < 21 ? "/login?error" : "/login?locked"));
        }
        mvc.perform(post("/login").param("username", sales).param("password", PASSWORD).with(csrf()).with(from("198.51.100.66")))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(post("/login").param("username", sales).param("password", PASSWORD).with(csrf()).with(from("10.20.0.16")))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anAbsurdlyLongUsernameIsAnOrdinaryFailure() throws Exception {
        mvc.perform(post("/login").param("username", "a".repeat(100_000)).param("password", "x").with(csrf()).with(from("10.20.0.17")))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void aDisabledUserIsAnsweredAsAWrongPasswordIs() throws Exception {
        String service = aUserWith(Role.SERVICE);
        administering.disable(new DisableUser("test", users.findByUsername(service).orElseThrow().id().orElseThrow()));

        // nothing tells that the account exists: the same answer as a wrong password, and /login?disabled says nothing
        mvc.perform(post("/login").param("username", service).param("password", PASSWORD).with(csrf()).with(from("10.20.0.18")))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(get("/login").param("disabled", "").locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("disabled"))));
    }

    @Test
    void disablingChangingRolesOrResettingAPasswordEndsTheUsersLiveSessions() throws Exception {
        for (String change : new String[] {"disable", "roles", "password"}) {
            String seller = aUserWith(Role.SALES);
            CookieJar session = new CookieJar(mvc);
        session.perform(post("/login").param("username", seller).param("password", PASSWORD)
                    .with(csrf()).with(from("10.20.0.19"))).andExpect(authenticated());
            session.perform(get("/follow-ups")).andExpect(status().isOk());

            var id = users.findByUsername(seller).orElseThrow().id().orElseThrow();
            switch (change) {
                case "disable" -> administering.disable(new DisableUser("test", id));
                case "roles" -> administering.changeRoles(new io.dangol.crm.admin.AdministeringUsers.ChangeRoles("test", id,
                        java.util.Set.of(Role.SERVICE)));
                default -> administering.resetPassword(new io.dangol.crm.admin.AdministeringUsers.ResetPassword("test", id));
            }

            session.perform(get("/follow-ups")).andExpect(redirectedUrl("/login?expired"));
        }
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void signInsFailuresAndRefusedPagesAreWrittenToTheSecurityLog(org.springframework.boot.test.system.CapturedOutput output)
            throws Exception {
        String sales = aUserWith(Role.SALES);
        mvc.perform(post("/login").param("username", sales).param("password", "wrong\nforged line").with(csrf()).with(from("10.20.0.30")));
        mvc.perform(post("/login").param("username", "evil\nsign-in succeeded user=admin").param("password", "x").with(csrf())
                .with(from("10.20.0.30")));
        CookieJar session = new CookieJar(mvc);
        session.perform(post("/login").param("username", sales).param("password", PASSWORD)
                .with(csrf()).with(from("10.20.0.30")));
        session.perform(get("/admin/users")).andExpect(status().isForbidden());

        assertThat(output.getOut()).contains("sign-in failed user=" + sales + " address=10.20.0.30")
                .contains("sign-in succeeded user=" + sales + " address=10.20.0.30")
                .contains("access refused user=" + sales + " address=10.20.0.30 to=GET /admin/users")
                .contains("user=evil_sign-in succeeded user=admin")
                .doesNotContain("forged line").doesNotContain(PASSWORD);
    }

    @Test
    void postsWithoutACsrfTokenAreRejected() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        // without a session there is no token to match: the user is asked to sign in again, and is not signed in
        mvc.perform(post("/login").param("username", admin).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
        // a signed-in admin whose session holds a token, posting without it (as a forged cross-site form would)
        CookieJar session = new CookieJar(mvc);
        session.perform(get("/admin/users").with(user(admin).roles("ADMIN")));
        session.perform(post("/admin/users").param("username", "sneaky").param("roles", "ADMIN")
                .with(user(admin).roles("ADMIN"))).andExpect(status().isForbidden());
        assertThat(users.findByUsername("sneaky")).isEmpty();
    }

    @Test
    void metricsAreOnlyForTheMonitoringAddressesAndTheActuatorShowsNothingElse() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        mvc.perform(get("/actuator/prometheus").with(from("203.0.113.7"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(from("203.0.113.7")).with(user(admin).roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/env").with(user(admin).roles("ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health/readiness").with(from("203.0.113.7")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"UP\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("db"))));
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
