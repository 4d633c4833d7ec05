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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Data upkeep: stale contact points, marketing consent due for re-confirmation, retention — per role and language. */
class UpkeepPagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private long core;
    private long buyer;
    private long sleeper;

    @BeforeEach
    void customers() {
        Tables.emptyCustomerData(jdbc);
        core = jdbc.sql("insert into customer (name, ladder_stage) values ('핵심고객', 'CORE') returning id").query(Long.class).single();
        buyer = jdbc.sql("insert into customer (name, ladder_stage) values ('일반고객', 'BUYER') returning id").query(Long.class).single();
        sleeper = jdbc.sql("insert into customer (name, ladder_stage, created_at) values ('휴면고객', 'BUYER', now() - interval '8 years') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value, verified_at) values (?, 'PHONE', '+821061110000', now() - interval '3 years')").param(buyer).update();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821062220000')").param(core).update();
        jdbc.sql("insert into contact_point (customer_id, kind, value, verified_at) values (?, 'EMAIL', 'fresh@example.com', now())").param(core).update();
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'SMS', 'MARKETING', 'GRANTED', now() - interval '25 months', 'STORE')").param(core).update();
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'EMAIL', 'MARKETING', 'GRANTED', now() - interval '3 months', 'STORE')").param(buyer).update();
        long run = jdbc.sql("insert into import_run (kind, started_by, started_at, status) values ('customers', 'admin', now() - interval '100 days', 'SUCCEEDED') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into import_rejection (run_id, line, reason, raw) values (?, 2, 'import.reject.phone', '옛고객,010-12')").param(run).update();
    }

    @Test
    void eachListIsForItsRoles() throws Exception {
        for (String role : new String[] {"ADMIN", "MARKETING", "SALES", "SERVICE"}) {
            mvc.perform(get("/upkeep").with(user("u").roles(role))).andExpect(status().isOk());
        }
        mvc.perform(get("/upkeep/stale").with(user("u").roles("MARKETING"))).andExpect(status().isForbidden());
        mvc.perform(get("/upkeep/reconfirm").with(user("u").roles("SALES"))).andExpect(status().isForbidden());
        mvc.perform(get("/upkeep/retention").with(user("u").roles("SERVICE"))).andExpect(status().isForbidden());
        mvc.perform(get("/upkeep").locale(Locale.KOREAN).with(user("u").roles("SALES")))
                .andExpect(content().string(containsString("오래된 연락처")))
                .andExpect(content().string(not(containsString("마케팅 동의 재확인"))));
    }

    @Test
    void staleContactPointsComeCoreFirstAndAreConfirmedFromTheList() throws Exception {
        String page = mvc.perform(get("/upkeep/stale").locale(Locale.KOREAN).with(user("seller").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("010-6222-0000")))
                .andExpect(content().string(not(containsString("fresh@example.com"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("핵심고객")).isLessThan(page.indexOf("일반고객"));
        long point = jdbc.sql("select id from contact_point where customer_id = ? and kind = 'PHONE'").param(core).query(Long.class).single();
        mvc.perform(post("/customers/" + core + "/points/" + point + "/verify").param("back", "upkeep").with(csrf())
                        .with(user("seller").roles("SALES")))
                .andExpect(redirectedUrl("/upkeep/stale"));
        mvc.perform(get("/upkeep/stale").with(user("seller").roles("SALES")))
                .andExpect(content().string(not(containsString("010-6222-0000"))));
        assertThat(jdbc.sql("select count(*) from access_log where username = 'seller' and customer_id = ?").param(buyer)
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void consentsOlderThanTwoYearsAreListedExportedAndLeaveOnceTheNoticeIsRecorded() throws Exception {
        mvc.perform(get("/upkeep/reconfirm").locale(Locale.KOREAN).with(user("mk").roles("MARKETING")))
                .andExpect(content().string(containsString("핵심고객")))
                .andExpect(content().string(not(containsString("일반고객"))));
        byte[] file = mvc.perform(get("/upkeep/reconfirm.csv").locale(Locale.KOREAN).with(user("mk").roles("MARKETING")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("고객 번호", core + ",핵심고객,SMS,");
        assertThat(jdbc.sql("select count(*) from access_log where action = 'EXPORT' and customer_id = ?").param(core)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/upkeep/reconfirm/sent").with(csrf()).with(user("mk").roles("MARKETING")))
                .andExpect(redirectedUrl("/upkeep/reconfirm")).andExpect(flash().attribute("recorded", 1L));
        mvc.perform(get("/upkeep/reconfirm").locale(Locale.ENGLISH).with(user("mk").roles("MARKETING")))
                .andExpect(content().string(containsString("No marketing consent is due")));
    }

    @Test
    void inactiveCustomersAreListedAndOldRawRejectedRowsPurged() throws Exception {
        mvc.perform(get("/upkeep/retention").locale(Locale.KOREAN).with(user("boss").roles("ADMIN")))
                .andExpect(content().string(containsString("휴면고객")))
                .andExpect(content().string(not(containsString("핵심고객"))));
        mvc.perform(post("/upkeep/retention/purge").with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(flash().attribute("purged", 1L));
        assertThat(jdbc.sql("select raw || '/' || reason from import_rejection").query(String.class).single())
                .isEqualTo("/import.reject.phone");
    }
}
