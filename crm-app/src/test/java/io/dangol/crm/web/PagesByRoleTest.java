package io.dangol.crm.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.app.AppIntegrationTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page × every role: who gets it, who is refused, and that strangers are sent to sign in. */
class PagesByRoleTest extends AppIntegrationTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/", "ADMIN", 200), Arguments.of("/", "MARKETING", 200),
                Arguments.of("/", "SALES", 200), Arguments.of("/", "SERVICE", 200),
                Arguments.of("/admin/users", "ADMIN", 200), Arguments.of("/admin/users", "MARKETING", 403),
                Arguments.of("/admin/users", "SALES", 403), Arguments.of("/admin/users", "SERVICE", 403),
                Arguments.of("/admin/api-tokens", "ADMIN", 200), Arguments.of("/admin/api-tokens", "MARKETING", 403),
                Arguments.of("/admin/api-tokens", "SALES", 403), Arguments.of("/admin/api-tokens", "SERVICE", 403),
                Arguments.of("/admin/scoring", "ADMIN", 200), Arguments.of("/admin/scoring", "MARKETING", 403),
                Arguments.of("/admin/scoring", "SALES", 403), Arguments.of("/admin/scoring", "SERVICE", 403),
                Arguments.of("/admin/scoring/live", "ADMIN", 200), Arguments.of("/admin/scoring/live", "SALES", 403),
                Arguments.of("/admin/scoring/settings", "ADMIN", 200), Arguments.of("/admin/scoring/settings", "MARKETING", 403),
                Arguments.of("/admin/scoring/settings", "SERVICE", 403),
                Arguments.of("/admin/scoring/backtest", "ADMIN", 200), Arguments.of("/admin/scoring/backtest", "MARKETING", 403),
                Arguments.of("/churn-radar", "ADMIN", 200), Arguments.of("/churn-radar", "MARKETING", 200),
                Arguments.of("/churn-radar", "SALES", 200), Arguments.of("/churn-radar", "SERVICE", 403),
                Arguments.of("/marketing", "ADMIN", 200), Arguments.of("/marketing", "MARKETING", 200),
                Arguments.of("/marketing", "SALES", 403), Arguments.of("/marketing", "SERVICE", 403),
                Arguments.of("/segments", "ADMIN", 200), Arguments.of("/segments", "MARKETING", 200),
                Arguments.of("/segments", "SALES", 403), Arguments.of("/segments", "SERVICE", 403),
                Arguments.of("/segments/stage-core", "MARKETING", 200), Arguments.of("/segments/stage-core", "SALES", 403),
                Arguments.of("/segments/custom?stage=CORE", "MARKETING", 200),
                Arguments.of("/segments/custom?stage=CORE", "SERVICE", 403),
                Arguments.of("/campaigns", "ADMIN", 200), Arguments.of("/campaigns", "MARKETING", 200),
                Arguments.of("/campaigns", "SALES", 403), Arguments.of("/campaigns", "SERVICE", 403),
                Arguments.of("/customers", "ADMIN", 200), Arguments.of("/customers", "MARKETING", 200),
                Arguments.of("/customers", "SALES", 200), Arguments.of("/customers", "SERVICE", 200),
                Arguments.of("/follow-ups", "SALES", 200), Arguments.of("/follow-ups", "SERVICE", 200),
                Arguments.of("/follow-ups", "MARKETING", 403), Arguments.of("/follow-ups", "ADMIN", 403),
                Arguments.of("/worklist", "SALES", 200), Arguments.of("/worklist", "ADMIN", 200),
                Arguments.of("/worklist", "MARKETING", 403), Arguments.of("/worklist", "SERVICE", 403),
                Arguments.of("/moments", "SALES", 200), Arguments.of("/moments", "MARKETING", 200),
                Arguments.of("/moments", "SERVICE", 403));
    }

    @ParameterizedTest(name = "GET {0} as {1} → {2}")
    @MethodSource("pages")
    void pagesAnswerEachRoleAsTheRulesSay(String path, String role, int expected) throws Exception {
        mvc.perform(get(path).with(user("someone").roles(role))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "GET {0} signed out → login")
    @MethodSource("pages")
    void strangersAreSentToSignIn(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    static Stream<Arguments> adminActions() {
        return Stream.of("/admin/users", "/admin/users/1/roles", "/admin/users/1/disable", "/admin/users/1/enable",
                "/admin/users/1/password", "/admin/scoring/runs", "/admin/scoring/settings", "/admin/campaign-cap",
                "/admin/api-tokens", "/admin/api-tokens/1/revoke").flatMap(path -> Stream.of("MARKETING", "SALES", "SERVICE")
                .map(role -> Arguments.of(path, role)));
    }

    @ParameterizedTest(name = "POST {0} as {1} → 403")
    @MethodSource("adminActions")
    void onlyAdminsChangeUsers(String path, String role) throws Exception {
        mvc.perform(post(path).param("roles", "ADMIN").param("username", "intruder").with(csrf())
                .with(user("someone").roles(role))).andExpect(status().isForbidden());
    }

    static Stream<Arguments> marketingActions() {
        return Stream.of("/campaigns", "/segments/saved", "/segments/saved/1", "/segments/saved/1/delete")
                .flatMap(path -> Stream.of("SALES", "SERVICE").map(role -> Arguments.of(path, role)));
    }

    @ParameterizedTest(name = "POST {0} as {1} → 403")
    @MethodSource("marketingActions")
    void onlyMarketingExportsAndSavesSegments(String path, String role) throws Exception {
        mvc.perform(post(path).param("channel", "EMAIL").param("purpose", "MARKETING").param("reason", "x")
                .param("name", "x").with(csrf()).with(user("someone").roles(role))).andExpect(status().isForbidden());
    }

    @org.junit.jupiter.api.Test
    void staticAssetsAndTheLoginPageNeedNoSignIn() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
        mvc.perform(get("/css/dangol.css")).andExpect(status().isOk());
        mvc.perform(get("/js/marketing.js")).andExpect(status().isOk());
    }
}
