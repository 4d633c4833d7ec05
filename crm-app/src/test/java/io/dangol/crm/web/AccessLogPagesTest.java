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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.admin.Role;
import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin's access log page, and the pages that showed personal data without naming each customer in the log
 * before (the timeline, follow-ups, the worklist, segments, the churn radar, campaign and rejected-row downloads).
 */
class AccessLogPagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    long customer;

    @BeforeEach
    void aCustomer() {
        Tables.emptyCustomerData(jdbc);
        customer = jdbc.sql("insert into customer (name, ladder_stage) values ('이서연', 'CORE') returning id").query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value, verified_at) values (?, 'PHONE', '010-2345-6789', now())")
                .param(customer).update();
    }

    private long entries(String who, long customerId, String what) {
        return jdbc.sql("select count(*) from access_log where username = ? and customer_id = ? and what like ?")
                .params(who, customerId, what + "%").query(Long.class).single();
    }

    @Test
    void onlyAdminsReadTheAccessLog() throws Exception {
        for (String role : new String[] {"SALES", "SERVICE", "MARKETING"}) {
            mvc.perform(get("/admin/access-log").with(user("someone").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/access-log").locale(Locale.KOREAN).with(user(aUserWith(Role.ADMIN)).roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("개인정보 접근 기록")))
                .andExpect(content().string(containsString("월간 점검")));
    }

    @Test
    void whoSawCustomerXIsAnsweredByTheFilter() throws Exception {
        String seller = aUserWith(Role.SALES);
        String admin = aUserWith(Role.ADMIN);
        mvc.perform(get("/customers/{id}", customer).with(user(seller).roles("SALES"))).andExpect(status().isOk());

        mvc.perform(get("/admin/access-log").param("customer", String.valueOf(customer)).locale(Locale.ENGLISH)
                        .with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(seller)))
                .andExpect(content().string(containsString("customer page")))
                // the log names customers by number only: reading it shows nobody's personal data
                .andExpect(content().string(not(containsString("이서연"))))
                .andExpect(content().string(not(containsString("010-2345-6789"))));
        mvc.perform(get("/admin/access-log").param("user", "nobody-at-all").locale(Locale.ENGLISH).with(user(admin).roles("ADMIN")))
                .andExpect(content().string(containsString("No entries match.")));
    }

    @Test
    void badFilterInputIsExplainedNotACrash() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        mvc.perform(get("/admin/access-log").param("customer", "김철수").param("from", "31/11/2026").param("action", "DROP")
                        .param("page", "-4").locale(Locale.KOREAN).with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("고객 번호는 숫자로 입력하세요.")))
                .andExpect(content().string(containsString("날짜는 2026-11-30처럼 입력하세요.")))
                .andExpect(content().string(containsString("행위는 조회, 변경, 내려받기 중에서 고르세요.")));
        mvc.perform(get("/admin/access-log").param("from", "2026-12-01").param("to", "2026-11-01").param("month", "9999-99")
                        .locale(Locale.ENGLISH).with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The start date was after the end date")));
    }

    @Test
    void aFinishedMonthIsReviewedOnceAndTheChainIsVerifiedOnDemand() throws Exception {
        String admin = aUserWith(Role.ADMIN);
        // a finished month of its own: the access log's reviews outlive every test, and the browser journey reviews last month
        YearMonth last = YearMonth.of(2001, 1);
        YearMonth current = YearMonth.now(ZoneId.of("Asia/Seoul"));

        CookieJar browser = new CookieJar(mvc);
        var verified = browser.perform(post("/admin/access-log/verify").with(csrf()).with(user(admin).roles("ADMIN"))).andReturn();
        assertThat(((io.dangol.crm.admin.ChainCheck) verified.getFlashMap().get("chain")).intact()).isTrue();
        browser.perform(get("/admin/access-log").locale(Locale.ENGLISH).with(user(admin).roles("ADMIN")))
                .andExpect(content().string(containsString("none changed, none missing")));

        mvc.perform(post("/admin/access-log/reviews").param("month", current.toString()).param("note", "too early")
                        .with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(flash().attribute("problem", "accesslog.review.refused.notOver"));

        mvc.perform(post("/admin/access-log/reviews").param("month", last.toString()).param("note", "검토함, 이상 없음")
                        .with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(flash().attribute("message", "accesslog.review.recorded"));
        mvc.perform(post("/admin/access-log/reviews").param("month", last.toString()).param("note", "again")
                        .with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(flash().attribute("problem", "accesslog.review.refused.already"));
        mvc.perform(get("/admin/access-log").param("month", last.toString()).locale(Locale.KOREAN).with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("점검했습니다")));
    }

    @Test
    void theTimelineFollowUpsAndWorklistNameEachCustomerShown() throws Exception {
        String seller = aUserWith(Role.SALES);
        long staff = jdbc.sql("select id from app_user where username = ?").param(seller).query(Long.class).single();
        jdbc.sql("""
                insert into contact (customer_id, channel, direction, purpose, department, note, staff_user_id, happened_at, follow_up_on)
                values (?, 'PHONE', 'OUTBOUND', 'FOLLOW_UP', 'SALES', '견적 회신', ?, now() - interval '3 days', current_date)""")
                .params(customer, staff).update();
        jdbc.sql("insert into retention_case (customer_id, status, opened_at, assigned_to, updated_at, updated_by) values (?, 'OPEN', now(), ?, now(), 'test')")
                .params(customer, seller).update();

        mvc.perform(get("/customers/{id}/timeline", customer).with(user(seller).roles("SALES"))).andExpect(status().isOk());
        mvc.perform(get("/follow-ups").with(user(seller).roles("SALES"))).andExpect(status().isOk());
        mvc.perform(get("/worklist").with(user(seller).roles("SALES"))).andExpect(status().isOk());

        assertThat(entries(seller, customer, "customer timeline")).isEqualTo(1);
        assertThat(entries(seller, customer, "follow-ups")).isEqualTo(1);
        assertThat(entries(seller, customer, "keep-them worklist")).isEqualTo(1);
    }

    @Test
    void segmentPagesAndTheRadarNameEachCustomerShown() throws Exception {
        String marketer = aUserWith(Role.MARKETING);
        long run = jdbc.sql("""
                insert into scoring_run (trigger, started_by, started_at, finished_at, status)
                values ('CLI', 'test', now(), now(), 'SUCCEEDED') returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into customer_score (customer_id, run_id, frequency, monetary, profit_contribution, stage, stage_rule,
                                            predicted_clv, p_alive, at_risk, risk_reasons)
                values (?, ?, 5, 500000, 120000, 'CORE', 'CORE_QUALIFIED', 800000, 0.2, true, '{LOW_P_ALIVE}')""")
                .params(customer, run).update();

        mvc.perform(get("/segments/stage-core").with(user(marketer).roles("MARKETING"))).andExpect(status().isOk());
        mvc.perform(get("/churn-radar").with(user(marketer).roles("MARKETING"))).andExpect(status().isOk());

        assertThat(entries(marketer, customer, "segment stage-core page 1")).isEqualTo(1);
        assertThat(entries(marketer, customer, "churn radar page 1")).isEqualTo(1);
    }
}
