package io.dangol.crm.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.testing.Tables;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class HomePageTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @BeforeEach
    void somePeople() {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(300, 5));
    }

    @Test
    void theHomePageShowsRealCountsInKorean() throws Exception {
        long customers = jdbc.sql("select count(*) from customer").query(Long.class).single();
        long orders = jdbc.sql("select count(*) from customer_order").query(Long.class).single();
        BigDecimal revenue = jdbc.sql("""
                select coalesce(sum(l.quantity * l.unit_price - l.discount), 0) from customer_order o
                join order_line l on l.order_id = o.id where o.ordered_at >= now() - interval '30 days'""").query(BigDecimal.class).single();

        mvc.perform(get("/").header("Accept-Language", "ko-KR,ko;q=0.9").with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>개요</title>")))
                .andExpect(content().string(containsString("고객 사다리")))
                .andExpect(content().string(containsString(">" + String.format("%,d", customers) + "<")))
                .andExpect(content().string(containsString(">" + String.format("%,d", orders) + "<")))
                .andExpect(content().string(containsString(">₩" + String.format("%,d", revenue.longValue()) + "<")))
                .andExpect(content().string(containsString("아직 가져온 파일이 없습니다")))
                .andExpect(content().string(containsString("기준 · 수치는 최대 1분 간격으로 새로 집계됩니다")));
    }

    /**
     * Links to the webjars carry no version and are not rewritten per request (the resource chain's URL-encoding
     * filter looked every link of a page up in the jar: two thirds of a segment page's CPU); the chain resolves them
     * when the browser asks.
     */
    @Test
    void staticResourcesAreLinkedWithoutLookupsAndStillServed() throws Exception {
        mvc.perform(get("/").locale(java.util.Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")))
                .andExpect(content().string(containsString("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")));
        for (String resource : new String[] {"/webjars/htmx.org/dist/htmx.min.js", "/webjars/bootstrap/css/bootstrap.min.css",
                "/webjars/chart.js/dist/chart.umd.js", "/css/dangol.css", "/js/home.js"}) {
            mvc.perform(get(resource)).andExpect(status().isOk());
        }
    }

    @Test
    void englishWhenTheBrowserAsksForItOrTheUserSwitches() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US").with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("<title>Overview</title>")));
        mvc.perform(get("/").param("lang", "en").header("Accept-Language", "ko").with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("The customer ladder")))
                .andExpect(cookie().value("DANGOL_LANG", "en"));
        mvc.perform(get("/").header("Accept-Language", "fr-FR").with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("<title>Overview</title>")));
    }

    @Test
    void theMenuShowsUsersOnlyToAdmins() throws Exception {
        mvc.perform(get("/").locale(java.util.Locale.ENGLISH).with(user("a").roles("ADMIN")))
                .andExpect(content().string(containsString("href=\"/admin/users\"")));
        mvc.perform(get("/").locale(java.util.Locale.ENGLISH).with(user("s").roles("SERVICE")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/admin/users\""))));
    }

    @Test
    void aMissingPageIsAStyledNotFoundPage() throws Exception {
        mvc.perform(get("/no/such/page").accept("text/html").locale(java.util.Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(status().isNotFound());
    }
}
