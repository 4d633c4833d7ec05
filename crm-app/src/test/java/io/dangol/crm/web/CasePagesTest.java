package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service desk's pages per role and language: open a case, the queues, answer, resolve, close with its cost. */
class CasePagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private long minjun;

    @BeforeEach
    void aCoreCustomer() {
        Tables.emptyCustomerData(jdbc);
        minjun = jdbc.sql("insert into customer (name, ladder_stage) values ('김민준', 'CORE') returning id").query(Long.class).single();
    }

    private long openedCase() {
        return jdbc.sql("""
                insert into service_case (customer_id, kind, subject, opened_at, status, severity, first_response_due, resolution_due)
                values (?, 'COMPLAINT', '원두 파손', now() - interval '3 days', 'NEW', 'HIGH', now() - interval '2 days', now() - interval '1 day')
                returning id""").param(minjun).query(Long.class).single();
    }

    private long logged(String who, long customer) {
        return jdbc.sql("select count(*) from access_log where username = ? and customer_id = ?").params(who, customer)
                .query(Long.class).single();
    }

    @Test
    void serviceAndAdminWorkCasesSalesReadsThemMarketingDoesNot() throws Exception {
        long id = openedCase();
        for (String role : new String[] {"SERVICE", "ADMIN", "SALES"}) {
            mvc.perform(get("/cases").param("view", "all").with(user("u").roles(role))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("원두 파손")));
            mvc.perform(get("/cases/" + id).with(user("u").roles(role))).andExpect(status().isOk());
        }
        mvc.perform(get("/cases/" + id).with(user("u").roles("SALES")))
                .andExpect(content().string(not(containsString("id=\"answer-form\""))));
        mvc.perform(get("/cases").with(user("u").roles("MARKETING"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + id).with(user("u").roles("MARKETING"))).andExpect(status().isForbidden());
        for (String role : new String[] {"SALES", "MARKETING"}) {
            mvc.perform(get("/customers/" + minjun + "/cases/new").with(user("u").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/cases/" + id + "/move").param("to", "OPEN").with(csrf()).with(user("u").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/customers/" + minjun + "/cases").param("kind", "COMPLAINT").param("subject", "x")
                    .with(csrf()).with(user("u").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/cases/999999").with(user("u").roles("SERVICE"))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/999999/cases/new").with(user("u").roles("SERVICE"))).andExpect(status().isNotFound());
    }

    @Test
    void theQueueShowsTheCoreComplaintOverdueAndNamesTheCustomerInTheAccessLog() throws Exception {
        openedCase();
        mvc.perform(get("/cases").param("view", "team").locale(Locale.KOREAN).with(user("desk").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("핵심 고객 불만")))
                .andExpect(content().string(containsString("기한 지남")))
                .andExpect(content().string(containsString("table-danger")));
        assertThat(logged("desk", minjun)).isEqualTo(1);
        mvc.perform(get("/cases").param("view", "team").param("kind", "REPAIR").locale(Locale.ENGLISH)
                        .with(user("desk").roles("SERVICE")))
                .andExpect(content().string(containsString("No cases here.")));
        mvc.perform(get("/cases").param("view", "team").param("severity", "NOPE").param("page", "-3")
                        .with(user("desk").roles("SERVICE")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("원두 파손")));
    }

    @Test
    void aCaseIsOpenedWithClearMessagesAndWhatWasTypedKept() throws Exception {
        mvc.perform(post("/customers/" + minjun + "/cases").param("kind", "COMPLAINT").param("severity", "HIGH")
                        .param("subject", " ").param("description", "상자가 젖어서 도착").param("channel", "PHONE")
                        .param("cost", "x").locale(Locale.KOREAN).with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("제목을 입력하세요.")))
                .andExpect(content().string(containsString("상자가 젖어서 도착")));
        assertThat(jdbc.sql("select count(*) from service_case").query(Long.class).single()).isZero();

        mvc.perform(post("/customers/" + minjun + "/cases").param("kind", "COMPLAINT").param("severity", "HIGH")
                        .param("subject", "젖은 상자").param("description", "상자가 젖어서 도착").param("channel", "PHONE")
                        .param("team", "SERVICE").with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(redirectedUrlPattern("/cases/*")).andExpect(flash().attribute("notice", "case.opened"));
        long id = jdbc.sql("select id from service_case").query(Long.class).single();
        mvc.perform(get("/cases/" + id).locale(Locale.KOREAN).with(user("desk").roles("SERVICE")))
                .andExpect(content().string(containsString("젖은 상자")))
                .andExpect(content().string(containsString("신규")))
                .andExpect(content().string(containsString("접수")));
        mvc.perform(get("/customers/" + minjun).locale(Locale.KOREAN).with(user("desk").roles("SERVICE")))
                .andExpect(content().string(containsString("처리 중인 서비스 건")))
                .andExpect(content().string(containsString("/cases/" + id)))
                .andExpect(content().string(containsString("id=\"open-case-link\"")));
        mvc.perform(get("/customers/" + minjun).with(user("seller").roles("SALES")))
                .andExpect(content().string(containsString("/cases/" + id)))
                .andExpect(content().string(not(containsString("id=\"open-case-link\""))));
    }

    @Test
    void answeredResolvedAndClosedWithItsCost() throws Exception {
        long id = openedCase();
        mvc.perform(post("/cases/" + id + "/answer").param("note", " ").param("then", "OPEN").locale(Locale.ENGLISH)
                        .with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("caseErrors", java.util.Map.of("note", "case.error.answerMissing")));
        mvc.perform(post("/cases/" + id + "/answer").param("note", "새 원두를 보내 드리겠습니다").param("then", "RESOLVED")
                        .param("channel", "PHONE").with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "case.answered"));
        assertThat(jdbc.sql("select count(*) from contact where customer_id = ? and purpose = 'SERVICE' and outcome = 'RESOLVED'")
                .param(minjun).query(Long.class).single()).isEqualTo(1);
        CookieJar browser = new CookieJar(mvc);
        browser.perform(post("/cases/" + id + "/close").param("outcome", "REPLACED").param("costKind", "GOODWILL").param("cost", "abc")
                        .with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("caseErrors", java.util.Map.of("cost", "case.error.cost")));
        browser.perform(get("/cases/" + id).locale(Locale.ENGLISH).with(user("desk").roles("SERVICE")))
                .andExpect(content().string(containsString("The amount is a number of won")));
        mvc.perform(post("/cases/" + id + "/close").param("outcome", "REPLACED").param("costKind", "GOODWILL").param("cost", "15,000")
                        .with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "case.closed"));
        assertThat(jdbc.sql("select status || ' ' || cost::bigint || ' ' || (closed_at is not null) from service_case where id = ?")
                .param(id).query(String.class).single()).isEqualTo("CLOSED 15000 true");
        mvc.perform(get("/cases/" + id).locale(Locale.ENGLISH).with(user("desk").roles("SERVICE")))
                .andExpect(content().string(containsString("replaced")))
                .andExpect(content().string(containsString("goodwill")))
                .andExpect(content().string(not(containsString("id=\"answer-form\""))));
        mvc.perform(get("/customers/" + minjun).locale(Locale.ENGLISH).with(user("desk").roles("SERVICE")))
                .andExpect(content().string(containsString("새 원두를 보내 드리겠습니다")));
        assertThat(logged("desk", minjun)).isGreaterThanOrEqualTo(3);
    }
}
