package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.api.ApiAccess;
import io.dangol.crm.api.ApiScope;
import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.contact.ContactDraft;
import io.dangol.crm.testing.Tables;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The screen pop: a call lands on the customer, the candidates or the registration form, whatever the number's format. */
class CallPagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiAccess access;

    private long minjun;

    @BeforeEach
    void customersWithNumbers() {
        Tables.emptyCustomerData(jdbc);
        jdbc.sql("delete from call_ticket").update();
        minjun = jdbc.sql("insert into customer (name, ladder_stage) values ('김민준', 'CORE') returning id").query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821061234567')").param(minjun).update();
        for (String name : new String[] {"박지훈", "박서준"}) {
            long id = jdbc.sql("insert into customer (name) values (?) returning id").param(name).query(Long.class).single();
            jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+82221234567')").param(id).update();
        }
    }

    @Test
    void everyFormatOfTheNumberPopsTheCustomerWithACallStarted() throws Exception {
        for (String number : new String[] {"010-6123-4567", "01061234567", "+82 10 6123 4567", "010.6123.4567", "0082-10-6123-4567"}) {
            mvc.perform(post("/calls/incoming").param("number", number).with(csrf()).with(user("desk").roles("SERVICE")))
                    .andExpect(redirectedUrl("/customers/" + minjun + "#open-cases"))
                    .andExpect(flash().attribute("callFrom", "010-6123-4567"))
                    .andExpect(flash().attribute("contactDraft", new ContactDraft("PHONE", "INBOUND", "INQUIRY", "", "", "")));
        }
        CookieJar browser = new CookieJar(mvc);
        browser.perform(post("/calls/incoming").param("number", "010-6123-4567").with(csrf()).with(user("desk").roles("SERVICE")));
        browser.perform(get("/customers/" + minjun).locale(Locale.KOREAN).with(user("desk").roles("SERVICE")))
                .andExpect(content().string(containsString("010-6123-4567에서 전화가 왔습니다")));
        assertThat(jdbc.sql("select count(*) from access_log where username = 'desk' and customer_id = ? and what = 'incoming call screen pop'")
                .param(minjun).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void aSharedNumberShowsTheCandidatesAndAnUnknownOneTheRegistrationForm() throws Exception {
        mvc.perform(post("/calls/incoming").param("number", "02-2123-4567").locale(Locale.KOREAN).with(csrf())
                        .with(user("desk").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("이 번호를 쓰는 고객이 2명입니다")))
                .andExpect(content().string(containsString("박지훈")));
        mvc.perform(post("/calls/incoming").param("number", "010-9999-0000").locale(Locale.ENGLISH).with(csrf())
                        .with(user("desk").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nobody on record has this number")))
                .andExpect(content().string(containsString("value=\"010-9999-0000\"")));
        mvc.perform(post("/calls/incoming").param("number", "전화 없음").locale(Locale.KOREAN).with(csrf())
                        .with(user("desk").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("전화번호가 아닙니다")))
                .andExpect(content().string(containsString("전화 없음")));
        mvc.perform(get("/calls/incoming").with(user("m").roles("MARKETING"))).andExpect(status().isForbidden());
        mvc.perform(post("/calls/incoming").param("number", "010-6123-4567").with(csrf()).with(user("m").roles("MARKETING")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePhoneSystemsLinkWorksOnceAndHoldsNoNumber() throws Exception {
        String secret = access.issue("pbx " + System.nanoTime(), "pbx", EnumSet.of(ApiScope.CALLS_WRITE), "admin").secret();
        String body = mvc.perform(post("/api/v1/calls").header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"number\":\"+82 10 6123 4567\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String link = JsonMapper.builder().build().readTree(body).path("link").asString();
        assertThat(link).startsWith("/calls/pop/").doesNotContain("6123").doesNotContain("4567");
        mvc.perform(get(link).with(user("desk").roles("SERVICE"))).andExpect(redirectedUrl("/customers/" + minjun + "#open-cases"));
        mvc.perform(get(link).locale(Locale.ENGLISH).with(user("desk").roles("SERVICE")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("has been used or is more than two minutes old")));
        mvc.perform(get("/calls/pop/not-a-ticket").with(user("desk").roles("SERVICE"))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from call_ticket where caller <> ''").query(Long.class).single()).isZero();
        jdbc.sql("update call_ticket set issued_at = now() - interval '3 minutes'").update();
        String stale = JsonMapper.builder().build().readTree(mvc.perform(post("/api/v1/calls").header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON).content("{\"number\":\"010-6123-4567\"}")).andReturn().getResponse()
                .getContentAsString()).path("link").asString();
        jdbc.sql("update call_ticket set issued_at = now() - interval '3 minutes' where used_at is null").update();
        mvc.perform(get(stale).with(user("desk").roles("SERVICE"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"call-problem\"")));
    }
}
