package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.admin.AdministeringUsers.CreateUser;
import io.dangol.crm.admin.RightsChangeKind;
import io.dangol.crm.admin.RightsHistory;
import io.dangol.crm.admin.Role;
import io.dangol.crm.app.AppIntegrationTest;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff choose their own password: at the first sign-in with an issued one, and whenever they like. */
class PasswordPagesTest extends AppIntegrationTest {

    @Autowired
    RightsHistory rights;


    @Test
    void anIssuedPasswordLeadsToTheFormUntilTheUserChoosesTheirOwn() throws Exception {
        String username = "issued-" + UUID.randomUUID().toString().substring(0, 8);
        String issued = administering.create(new CreateUser("admin", username, null, EnumSet.of(Role.SALES))).password();

        CookieJar session = new CookieJar(mvc);
        session.perform(post("/login").param("username", username).param("password", issued)
                        .with(csrf()).with(from("10.30.0.1")))
                .andExpect(authenticated()).andExpect(redirectedUrl("/account/password"));
        session.perform(get("/customers")).andExpect(redirectedUrl("/account/password"));
        session.perform(get("/account/password").locale(Locale.KOREAN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("나만 아는 비밀번호로 바꾸세요")));

        session.perform(post("/account/password").param("current", issued).param("chosen", "qwertyuiop")
                        .param("repeated", "qwertyuiop").with(csrf()).locale(Locale.KOREAN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("너무 흔한 비밀번호입니다")));
        session.perform(post("/account/password").param("current", "not-it").param("chosen", "봄날의 단골 손님 2026")
                        .param("repeated", "봄날의 단골 손님 2026").with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That is not your current password.")));
        session.perform(get("/follow-ups")).andExpect(redirectedUrl("/account/password"));

        session.perform(post("/account/password").param("current", issued).param("chosen", "봄날의 단골 손님 2026")
                        .param("repeated", "봄날의 단골 손님 2026").with(csrf()))
                .andExpect(redirectedUrl("/"));
        session.perform(get("/follow-ups")).andExpect(status().isOk());
        assertThat(users.findByUsername(username).orElseThrow().mustChangePassword()).isFalse();
        assertThat(rights.latest(20)).anySatisfy(change -> {
            assertThat(change.username()).isEqualTo(username);
            assertThat(change.kind()).isEqualTo(RightsChangeKind.PASSWORD_CHANGED);
        });

        // the new password signs in straight to the overview; the issued one no longer does
        mvc.perform(post("/login").param("username", username).param("password", "봄날의 단골 손님 2026").with(csrf()).with(from("10.30.0.2")))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", username).param("password", issued).with(csrf()).with(from("10.30.0.3")))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anyoneChangesTheirPasswordFromTheirNameInTheMenu() throws Exception {
        String seller = aUserWith(Role.MARKETING);
        CookieJar session = new CookieJar(mvc);
        session.perform(post("/login").param("username", seller).param("password", PASSWORD)
                .with(csrf()).with(from("10.30.0.4"))).andExpect(redirectedUrl("/"));
        session.perform(get("/")).andExpect(content().string(containsString("href=\"/account/password\"")));
        session.perform(post("/account/password").param("current", PASSWORD).param("chosen", "short")
                        .param("repeated", "short").with(csrf()).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("at least 10 characters")));
    }
}
