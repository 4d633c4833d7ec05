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

/** TOTP sign-in: set up from the user's own page, asked at every sign-in, once per code, removed by an admin. */
class SecondFactorPagesTest extends AppIntegrationTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private final OneTimeCodes codes = new OneTimeCodes();


    private CookieJar signIn(String username, String expectedLanding) throws Exception {
        CookieJar jar = new CookieJar(mvc);
        jar.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf()).with(from("10.40.0.1"))).andExpect(redirectedUrl(expectedLanding));
        return jar;
    }

    @Test
    void aUserSetsUpASecondFactorAndIsAskedForAFreshCodeAtEverySignIn() throws Exception {
        String seller = aUserWith(Role.SALES);
        CookieJar first = signIn(seller, "/");
        String setup = first.perform(get("/account/second-factor/setup").locale(Locale.KOREAN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("인증 앱으로 이 QR 코드를 찍은 뒤")))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = SECRET.matcher(setup);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");
        first.perform(post("/account/second-factor/setup").param("code", "000000").with(csrf()).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("That code is not right")));
        first.perform(post("/account/second-factor/setup").param("code", codes.codeAt(secret, Instant.now()))
                .with(csrf())).andExpect(redirectedUrl("/"));

        CookieJar second = signIn(seller, "/account/second-factor");
        second.perform(get("/follow-ups")).andExpect(redirectedUrl("/account/second-factor"));
        second.perform(post("/account/second-factor").param("code", "123456").with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That code is not right")));
        second.perform(post("/account/second-factor").param("code", codes.codeAt(secret, Instant.now().plusSeconds(30)))
                .with(csrf())).andExpect(redirectedUrl("/"));
        second.perform(get("/follow-ups")).andExpect(status().isOk());

        // five wrong codes end the session; a used code does not sign in again
        CookieJar third = signIn(seller, "/account/second-factor");
        third.perform(post("/account/second-factor").param("code", codes.codeAt(secret, Instant.now().plusSeconds(30)))
                .with(csrf())).andExpect(status().isOk());
        for (int i = 0; i < 3; i++) {
            third.perform(post("/account/second-factor").param("code", "99999" + i).with(csrf())).andExpect(status().isOk());
        }
        third.perform(post("/account/second-factor").param("code", "999999").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));

        // a lost phone: an admin removes the second factor, and the password alone signs in again
        long id = users.findByUsername(seller).orElseThrow().id().orElseThrow().value();
        mvc.perform(post("/admin/users/{id}/second-factor/remove", id).with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(users.findByUsername(seller).orElseThrow().hasSecondFactor()).isFalse();
        signIn(seller, "/");
    }
}
