package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.admin.Role;
import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.retention.OpenRetentionCases;
import io.dangol.crm.testing.Tables;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sales workspace through MockMvc: search, the customer page per role, contacts, consents, follow-ups. */
class SalesPagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpenRetentionCases openRetentionCases;

    long customer;

    @BeforeEach
    void aCustomer() {
        Tables.emptyCustomerData(jdbc);
        customer = jdbc.sql("insert into customer (name, ladder_stage) values ('김민준', 'BUYER') returning id").query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value, verified_at) values (?, 'PHONE', '010-1234-5678', now() - interval '30 months')")
                .param(customer).update();
        jdbc.sql("insert into contact_point (customer_id, kind, value, verified_at) values (?, 'EMAIL', 'minjun@example.com', now())")
                .param(customer).update();
    }

    @Test
    void aPhoneInAnyFormatFindsTheCustomerMaskedAndTheSearchIsLogged() throws Exception {
        long before = count("select count(*) from access_log where what like 'customer search by phone%'");
        mvc.perform(post("/customers/search").param("q", "+82 10-1234-5678").header("HX-Request", "true").with(csrf())
                        .locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/customers/" + customer)))
                .andExpect(content().string(containsString("010-****-5678")))
                .andExpect(content().string(not(containsString("010-1234-5678"))))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(count("select count(*) from access_log where what like 'customer search by phone%'")).isEqualTo(before + 1);
        mvc.perform(post("/customers/search").param("q", "5678").with(csrf()).locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("이름을 함께 쓰거나")));
        mvc.perform(post("/customers/search").param("q", "김민").with(user("s").roles("SALES")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void marketingCannotUndoTheMaskingByLookingANameUpByItsWholeNumber() throws Exception {
        for (String whole : new String[] {"010-1234-5678", "minjun@example.com"}) {
            mvc.perform(post("/customers/search").param("q", whole).with(csrf()).locale(Locale.ENGLISH).with(user("mk").roles("MARKETING")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Marketing cannot look customers up by a whole phone number")))
                    .andExpect(content().string(not(containsString("href=\"/customers/" + customer + "\""))))
                    .andExpect(content().string(not(containsString("010-****-5678"))));
        }
        var byName = mvc.perform(post("/customers/search").param("q", "김민준").with(csrf()).locale(Locale.KOREAN)
                .with(user("mk").roles("MARKETING"))).andReturn().getResponse();
        assertThat(byName.getContentAsString() + byName.getRedirectedUrl()).as("by name marketing still finds them")
                .contains("/customers/" + customer);
    }

    @Test
    void aCommonNameShowsEveryNameFoundAndPagesTheRestAndEachShownCustomerIsLogged() throws Exception {
        for (int i = 0; i < 24; i++) {
            jdbc.sql("insert into customer (name) values ('김민서')").update();
        }
        long before = count("select count(*) from access_log where what like 'customer search by name%'");
        mvc.perform(post("/customers/search").param("q", "김민").with(csrf()).locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("김민서 (24명)")))
                .andExpect(content().string(containsString("김민준 (1명)")))
                .andExpect(content().string(containsString("동명이인 24명")))
                .andExpect(content().string(containsString("고객 25명 중 1–20번째")))
                .andExpect(content().string(containsString("id=\"next-page\"")))
                .andExpect(content().string(not(containsString("id=\"previous-page\""))));
        assertThat(count("select count(*) from access_log where what like 'customer search by name%'"))
                .as("one entry per customer shown").isEqualTo(before + 20);
        mvc.perform(post("/customers/search").param("q", "김민").param("page", "2").with(csrf()).locale(Locale.ENGLISH)
                        .with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Customers 21–25 of 25")))
                .andExpect(content().string(containsString("id=\"previous-page\"")))
                .andExpect(content().string(not(containsString("id=\"next-page\""))));
        mvc.perform(post("/customers/search").param("q", "김민").param("page", "abc").with(csrf()).locale(Locale.ENGLISH)
                        .with(user("s").roles("SALES")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Customers 1–20 of 25")));
    }

    @Test
    void theCustomerPageShowsWholeDataToSalesMaskedToMarketingAndIsLogged() throws Exception {
        mvc.perform(get("/customers/{id}", customer).locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("010-1234-5678")))
                .andExpect(content().string(containsString("stale: check it")))
                .andExpect(content().string(containsString("id=\"contact-form\"")));
        mvc.perform(get("/customers/{id}", customer).locale(Locale.ENGLISH).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("010-****-5678")))
                .andExpect(content().string(not(containsString("010-1234-5678"))))
                .andExpect(content().string(not(containsString("id=\"contact-form\""))));
        assertThat(count("select count(*) from access_log where action = 'VIEW' and customer_id = " + customer)).isEqualTo(2);
        mvc.perform(get("/customers/{id}", 987_654).locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Not found")))
                .andExpect(content().string(containsString("class=\"nav-link text-nowrap\"")))
                .andExpect(content().string(containsString("Sign out")));
    }

    @Test
    void aContactWithErrorsComesBackWithWhatWasTypedAndAGoodOneLandsOnTheTimeline() throws Exception {
        mvc.perform(post("/customers/{id}/contacts", customer).param("channel", "").param("direction", "OUTBOUND")
                        .param("purpose", "SALES").param("note", "신상품 안내 — 관심 많음").param("followUpOn", "어제")
                        .header("HX-Request", "true").with(csrf()).locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("접촉한 채널을 고르세요.")))
                .andExpect(content().string(containsString("후속 조치일을 날짜(YYYY-MM-DD)로 입력하세요.")))
                .andExpect(content().string(containsString("신상품 안내 — 관심 많음")));
        assertThat(count("select count(*) from contact")).isZero();

        String seller = aUserWith(Role.SALES);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1).toString();
        mvc.perform(post("/customers/{id}/contacts", customer).param("channel", "PHONE").param("direction", "OUTBOUND")
                        .param("purpose", "SALES").param("outcome", "INTERESTED").param("note", "신상품 안내 — 관심 많음")
                        .param("followUpOn", tomorrow).header("HX-Request", "true").with(csrf())
                        .locale(Locale.KOREAN).with(user(seller).roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("접촉을 기록했고")))
                .andExpect(content().string(not(containsString("is-invalid"))))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("관심 있음")));
        assertThat(count("select count(*) from contact where department = 'SALES' and staff_user_id is not null")).isEqualTo(1);

        mvc.perform(post("/customers/{id}/contacts", customer).param("channel", "PHONE").param("purpose", "SALES")
                .with(csrf()).with(user("m").roles("MARKETING"))).andExpect(status().isForbidden());
        mvc.perform(post("/customers/{id}/contacts", customer).param("channel", "PHONE").param("direction", "OUTBOUND")
                .param("purpose", "SALES").with(user(seller).roles("SALES"))).andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from contact")).as("no CSRF token, nothing logged").isEqualTo(1);
    }

    @Test
    void consentsAreRecordedAsHistoryAndContactPointsCorrected() throws Exception {
        mvc.perform(post("/customers/{id}/consents", customer).param("channel", "SMS").param("purpose", "MARKETING")
                        .param("status", "GRANTED").param("source", "PHONE_CALL").param("note", "통화 중 동의")
                        .with(csrf()).with(user("s").roles("SALES")))
                .andExpect(redirectedUrl("/customers/" + customer + "#consents"));
        mvc.perform(post("/customers/{id}/consents", customer).param("channel", "SMS").param("purpose", "MARKETING")
                        .param("status", "WITHDRAWN").param("source", "STORE").with(csrf()).with(user("s").roles("SERVICE")))
                .andExpect(redirectedUrl("/customers/" + customer + "#consents"));
        assertThat(count("select count(*) from consent where customer_id = " + customer)).isEqualTo(2);
        mvc.perform(post("/customers/{id}/consents", customer).param("channel", "FAX").with(csrf()).with(user("s").roles("SALES")))
                .andExpect(redirectedUrl("/customers/" + customer + "#consents"));
        assertThat(count("select count(*) from consent where customer_id = " + customer)).isEqualTo(2);
        mvc.perform(post("/customers/{id}/consents", customer).param("channel", "SMS").param("purpose", "MARKETING")
                .param("status", "GRANTED").param("source", "STORE").with(csrf()).with(user("m").roles("MARKETING")))
                .andExpect(status().isForbidden());

        long phone = jdbc.sql("select id from contact_point where customer_id = ? and kind = 'PHONE'").param(customer)
                .query(Long.class).single();
        mvc.perform(post("/customers/{id}/points/{p}", customer, phone).param("value", "not a phone").with(csrf())
                .with(user("s").roles("SALES"))).andExpect(redirectedUrl("/customers/" + customer + "#contact-points"));
        assertThat(jdbc.sql("select value from contact_point where id = ?").param(phone).query(String.class).single())
                .isEqualTo("010-1234-5678");
        mvc.perform(post("/customers/{id}/points/{p}", customer, phone).param("value", "01099998888").with(csrf())
                .with(user("s").roles("SALES")));
        assertThat(jdbc.sql("select value from contact_point where id = ?").param(phone).query(String.class).single())
                .isEqualTo("010-9999-8888");
        assertThat(count("select count(*) from access_log where action = 'EDIT' and customer_id = " + customer)).isEqualTo(3);
    }

    @Test
    void myFollowUpsListsWhatIsDueAndDoneRemovesIt() throws Exception {
        String seller = aUserWith(Role.SALES);
        long staff = jdbc.sql("select id from app_user where username = ?").param(seller).query(Long.class).single();
        long contact = jdbc.sql("""
                insert into contact (customer_id, channel, direction, purpose, department, note, staff_user_id, happened_at, follow_up_on)
                values (?, 'PHONE', 'OUTBOUND', 'FOLLOW_UP', 'SALES', '견적 회신', ?, now() - interval '3 days', current_date - 1) returning id""")
                .params(customer, staff).query(Long.class).single();
        mvc.perform(get("/follow-ups").locale(Locale.ENGLISH).with(user(seller).roles("SALES")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("견적 회신")))
                .andExpect(content().string(containsString("overdue")));
        mvc.perform(get("/follow-ups").locale(Locale.ENGLISH).with(user("other").roles("SALES")))
                .andExpect(content().string(not(containsString("견적 회신"))));
        mvc.perform(post("/follow-ups/{id}/done", contact).with(csrf()).with(user("other").roles("SALES")))
                .andExpect(redirectedUrl("/follow-ups"));
        mvc.perform(post("/follow-ups/{id}/done", contact).with(csrf()).with(user(seller).roles("SALES")))
                .andExpect(redirectedUrl("/follow-ups"));
        mvc.perform(get("/follow-ups").locale(Locale.ENGLISH).with(user(seller).roles("SALES")))
                .andExpect(content().string(not(containsString("견적 회신"))));
    }

    @Test
    void recommendationsAndMomentsNeedAProfilingConsent() throws Exception {
        long coffee = jdbc.sql("insert into product (sku, name) values ('C', '원두 500g') returning id").query(Long.class).single();
        long mug = jdbc.sql("insert into product (sku, name) values ('M', '머그컵') returning id").query(Long.class).single();
        long order = jdbc.sql("insert into customer_order (customer_id, external_id, channel, ordered_at) "
                + "values (?, 'o1', 'STORE', now() - interval '200 days') returning id").param(customer).query(Long.class).single();
        jdbc.sql("insert into order_line (customer_id, order_id, line_no, product_id, quantity, unit_price, ordered_at) "
                + "values (?, ?, 1, ?, 1, 10000, now() - interval '200 days')").params(customer, order, coffee).update();
        jdbc.sql("insert into product_affinity (product_id, other_id, customers, confidence) values (?, ?, 40, 0.4)")
                .params(coffee, mug).update();
        mvc.perform(get("/customers/{id}", customer).locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("No consent to profiling: no recommendations.")))
                .andExpect(content().string(not(containsString("머그컵"))));
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'EMAIL', 'PROFILING', 'GRANTED', now(), 'STORE')")
                .param(customer).update();
        mvc.perform(get("/customers/{id}", customer).locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("머그컵")))
                .andExpect(content().string(containsString("because they bought 원두 500g (40% of its buyers also bought this)")));
    }

    @Test
    void upcomingMomentsListOnlyCustomersWhoConsentedToProfiling() throws Exception {
        LocalDate soon = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(3);
        long other = jdbc.sql("insert into customer (name) values ('이서연') returning id").query(Long.class).single();
        for (long id : new long[] {customer, other}) {
            jdbc.sql("insert into customer_event (customer_id, kind, month, day, year) values (?, 'BIRTHDAY', ?, ?, 1990)")
                    .params(id, soon.getMonthValue(), soon.getDayOfMonth()).update();
        }
        jdbc.sql("insert into customer_order (customer_id, external_id, channel, ordered_at) values (?, 'first', 'WEB', ?)")
                .params(customer, java.sql.Timestamp.from(soon.minusYears(3).atTime(12, 0).atZone(ZoneId.of("Asia/Seoul")).toInstant()))
                .update();
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'SMS', 'PROFILING', 'GRANTED', now() - interval '1 day', 'STORE')")
                .param(customer).update();
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'SMS', 'PROFILING', 'GRANTED', now() - interval '2 day', 'STORE')")
                .param(other).update();
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'SMS', 'PROFILING', 'WITHDRAWN', now() - interval '1 day', 'STORE')")
                .param(other).update();
        mvc.perform(get("/moments").locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("김민준")))
                .andExpect(content().string(containsString("birthday")))
                .andExpect(content().string(containsString("first-purchase anniversary")))
                .andExpect(content().string(containsString("(3 years)")))
                .andExpect(content().string(containsString("(turns " + (soon.getYear() - 1990) + ")")))
                .andExpect(content().string(not(containsString("이서연"))));
        mvc.perform(get("/moments").locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("(만 " + (soon.getYear() - 1990) + "세)")))
                .andExpect(content().string(containsString("(3주년)")))
                .andExpect(content().string(not(containsString((soon.getYear() - 1990) + "주년"))));
    }

    @Test
    void momentsAreFilteredByKindDaysAndStageAndPagedSoonestFirst() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(ZoneId.of("Asia/Seoul"));
        for (int i = 0; i < 55; i++) {
            long id = jdbc.sql("insert into customer (name, ladder_stage) values (?, 'BUYER') returning id")
                    .param("생일" + i).query(Long.class).single();
            java.time.LocalDate day = today.plusDays(i % 2 == 0 ? 2 : 20);
            jdbc.sql("insert into customer_event (customer_id, kind, month, day, year) values (?, 'BIRTHDAY', ?, ?, 1980)")
                    .params(id, day.getMonthValue(), day.getDayOfMonth()).update();
            jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'SMS', 'PROFILING', 'GRANTED', now(), 'STORE')")
                    .param(id).update();
        }
        long before = count("select count(*) from access_log where what like 'upcoming moments%' and customer_id is not null");
        mvc.perform(get("/moments").param("days", "30").locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("55 moments, soonest first — page 1 of 2")))
                .andExpect(content().string(containsString("id=\"next-page\"")));
        assertThat(count("select count(*) from access_log where what like 'upcoming moments%' and customer_id is not null"))
                .as("each customer shown, by id").isEqualTo(before + 50);
        String second = mvc.perform(get("/moments").param("days", "30").param("page", "2").locale(Locale.ENGLISH)
                        .with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("page 2 of 2"))).andReturn().getResponse().getContentAsString();
        assertThat(second).as("the later birthdays come last").contains(today.plusDays(20).toString())
                .doesNotContain(today.plusDays(2).toString() + " (");
        mvc.perform(get("/moments").param("days", "7").locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("기념일 28건")));
        mvc.perform(get("/moments").param("days", "30").param("stage", "CORE").locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("0 moments")));
        mvc.perform(get("/moments").param("days", "30").param("kind", "FIRST_PURCHASE").locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("0 moments")));
        mvc.perform(get("/moments").param("days", "abc").param("kind", "CAKE").param("page", "-4")
                        .locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("기간은 0부터 364까지의 정수여야 합니다")))
                .andExpect(content().string(containsString("알 수 없는 기념일 종류입니다")));
    }

    @Test
    void aOneTimeBuyersPAliveIsNotShownAsCertainty() throws Exception {
        long run = jdbc.sql("""
                insert into scoring_run (trigger, started_by, started_at, finished_at, status)
                values ('CLI', 'test', now(), now(), 'SUCCEEDED') returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into customer_score (customer_id, run_id, frequency, monetary, profit_contribution, stage, stage_rule,
                                            predicted_clv, p_alive, at_risk, risk_reasons)
                values (?, ?, 1, 30000, 9000, 'BUYER', 'NO_VERIFIED_CONTACT', 12000, 1.0, false, '{}')""").params(customer, run).update();
        mvc.perform(get("/customers/{id}", customer).locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not yet known (one purchase)")))
                .andExpect(content().string(not(containsString(">100%<"))));
        jdbc.sql("update customer_score set frequency = 4, p_alive = 0.62 where customer_id = ?").param(customer).update();
        mvc.perform(get("/customers/{id}", customer).locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString(">62%<")))
                .andExpect(content().string(not(containsString("아직 알 수 없음"))));
    }

    @Test
    void koreanSentencesTakeTheParticleThatFitsTheWordPutIntoThem() throws Exception {
        mvc.perform(get("/customers/{id}", customer).locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("매장으로 유입")))
                .andExpect(content().string(not(containsString("(으)로"))));
        jdbc.sql("update customer set acquired_through = 'PHONE' where id = ?").param(customer).update();
        mvc.perform(get("/customers/{id}", customer).locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("전화로 유입")));
    }

    @Test
    void coreCustomersAtRiskBecomeCasesThatSalesWorksAndCloses() throws Exception {
        long run = jdbc.sql("""
                insert into scoring_run (trigger, started_by, started_at, finished_at, status)
                values ('CLI', 'test', now(), now(), 'SUCCEEDED') returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into customer_score (customer_id, run_id, frequency, monetary, profit_contribution, stage, stage_rule,
                                            predicted_clv, p_alive, at_risk, risk_reasons)
                values (?, ?, 5, 500000, 120000, 'CORE', 'CORE_QUALIFIED', 800000, 0.2, true, '{LOW_P_ALIVE,COMPLAINTS}')""")
                .params(customer, run).update();
        String seller = aUserWith(Role.SALES);
        mvc.perform(get("/worklist").with(user(seller).roles("SALES"))).andExpect(status().isOk());
        assertThat(count("select count(*) from retention_case")).as("a page view opens no case").isZero();
        assertThat(openRetentionCases.handle()).as("the end of the scoring run opens it").isEqualTo(1);
        mvc.perform(get("/worklist").locale(Locale.ENGLISH).with(user(seller).roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 new case(s) opened")))
                .andExpect(content().string(containsString("Has an open or recent complaint")))
                .andExpect(content().string(containsString("nothing yet")));
        mvc.perform(get("/worklist").with(user(seller).roles("SALES"))).andExpect(status().isOk());
        assertThat(count("select count(*) from retention_case")).as("one open case per customer").isEqualTo(1);
        long id = count("select id from retention_case");

        mvc.perform(post("/worklist/{id}/assign", id).param("assignee", seller).with(csrf()).with(user("lead").roles("SALES")))
                .andExpect(redirectedUrl("/worklist"));
        mvc.perform(post("/worklist/{id}/assign", id).param("assignee", "nobody-like-this").with(csrf())
                .with(user("lead").roles("SALES")));
        assertThat(jdbc.sql("select assigned_to from retention_case").query(String.class).single()).isEqualTo(seller);
        mvc.perform(get("/worklist").param("who", "mine").with(user(seller).roles("SALES")))
                .andExpect(content().string(containsString("case-" + id)));

        mvc.perform(post("/customers/{id}/contacts", customer).param("channel", "PHONE").param("direction", "OUTBOUND")
                .param("purpose", "RETENTION").param("note", "불편 사항 사과, 쿠폰 안내").with(csrf()).with(user(seller).roles("SALES")));
        assertThat(jdbc.sql("select status from retention_case").query(String.class).single()).isEqualTo("CONTACTED");
        mvc.perform(post("/worklist/{id}/status", id).param("status", "RETAINED").with(csrf()).with(user(seller).roles("SALES")))
                .andExpect(redirectedUrl("/worklist"));
        assertThat(jdbc.sql("select status from retention_case").query(String.class).single()).isEqualTo("RETAINED");
        mvc.perform(get("/worklist").locale(Locale.ENGLISH).with(user(seller).roles("SALES")))
                .andExpect(content().string(not(containsString("case-" + id))))
                .andExpect(content().string(not(containsString("new case(s) opened"))));
        mvc.perform(get("/worklist").with(user("m").roles("MARKETING"))).andExpect(status().isForbidden());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
