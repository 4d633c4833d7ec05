package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.admin.OneTimeCodes;
import io.dangol.crm.admin.Role;
import io.dangol.crm.app.AppIntegrationTest;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** TOTP sign-in: set up from the user's own page, asked at every sign-in, once per code, removed by an admin. */
class SecondFactorPagesTest extends AppIntegrationTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private final OneTimeCodes codes = new OneTimeCodes();


    private MockHttpSession signIn(String username, String expectedLanding) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf()).with(from("10.40.0.1"))).andExpect(redirectedUrl(expectedLanding)).andReturn().getRequest().getSession();
    }

    @Test
    void aUserSetsUpASecondFactorAndIsAskedForAFreshCodeAtEverySignIn() throws Exception {
        String seller = aUserWith(Role.SALES);
        MockHttpSession first = signIn(seller, "/");
        String setup = mvc.perform(get("/account/second-factor/setup").session(first).locale(Locale.KOREAN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("인증 앱으로 이 QR 코드를 찍은 뒤")))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = SECRET.matcher(setup);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");
        mvc.perform(post("/account/second-factor/setup").session(first).param("code", "000000").with(csrf()).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("That code is not right")));
        mvc.perform(post("/account/second-factor/setup").session(first).param("code", codes.codeAt(secret, Instant.now()))
                .with(csrf())).andExpect(redirectedUrl("/"));

        MockHttpSession second = signIn(seller, "/account/second-factor");
        mvc.perform(get("/follow-ups").session(second)).andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(post("/account/second-factor").session(second).param("code", "123456").with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That code is not right")));
        mvc.perform(post("/account/second-factor").session(second).param("code", codes.codeAt(secret, Instant.now().plusSeconds(30)))
                .with(csrf())).andExpect(redirectedUrl("/"));
        mvc.perform(get("/follow-ups").session(second)).andExpect(status().isOk());

        // five wrong codes end the session; a used code does not sign in again
        MockHttpSession third = signIn(seller, "/account/second-factor");
        mvc.perform(post("/account/second-factor").session(third).param("code", codes.codeAt(secret, Instant.now().plusSeconds(30)))
                .with(csrf())).andExpect(status().isOk());
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/account/second-factor").session(third).param("code", "99999" + i).with(csrf())).andExpect(status().isOk());
        }
        mvc.perform(post("/account/second-factor").session(third).param("code", "999999").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));

        // a lost phone: an admin removes the second factor, and the password alone signs in again
        long id = users.findByUsername(seller).orElseThrow().id().orElseThrow().value();
        mvc.perform(post("/admin/users/{id}/second-factor/remove", id).with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(users.findByUsername(seller).orElseThrow().hasSecondFactor()).isFalse();
        signIn(seller, "/");
    }
}
