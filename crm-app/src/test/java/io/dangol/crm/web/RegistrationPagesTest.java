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
import io.dangol.crm.consent.ConsentWording;
import io.dangol.crm.testing.Tables;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "New customer": the form per role and language, bad input, consents, minors, possible duplicates. */
class RegistrationPagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    private static MockHttpServletRequestBuilder walkIn() {
        return post("/customers/new").param("name", "김민준").param("kind", "PERSON").param("phone", "010-6123-4567")
                .param("email", "minjun@example.com").param("postcode", "06236").param("road", "서울특별시 강남구 테헤란로 152")
                .param("birthday", "1990-05-17").param("channel", "STORE").param("store", "강남점")
                .param("consents", "SMS-MARKETING").param("wordingVersion", ConsentWording.VERSION)
                .param("pointsConfirmed", "true").with(csrf());
    }

    @Test
    void theFormIsForTheRolesThatMeetCustomersInBothLanguages() throws Exception {
        for (String role : new String[] {"SALES", "SERVICE", "ADMIN"}) {
            mvc.perform(get("/customers/new").locale(Locale.KOREAN).with(user("u").roles(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("새 고객 등록")))
                    .andExpect(content().string(containsString("혜택과 소식을 문자(SMS, 카카오 알림톡)로 받는 데 동의합니다")))
                    .andExpect(content().string(containsString("동의 문구 버전 " + ConsentWording.VERSION)))
                    .andExpect(content().string(not(containsString("checked=\"checked\" name=\"consents\""))));
        }
        mvc.perform(get("/customers/new").locale(Locale.ENGLISH).with(user("u").roles("SALES")))
                .andExpect(content().string(containsString("A child under 14")));
        mvc.perform(get("/customers/new").with(user("m").roles("MARKETING"))).andExpect(status().isForbidden());
        mvc.perform(walkIn().with(user("m").roles("MARKETING"))).andExpect(status().isForbidden());
        mvc.perform(post("/customers/new/from-search").param("q", "010-6123-4567").with(csrf()).locale(Locale.KOREAN)
                        .with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"010-6123-4567\"")));
        mvc.perform(post("/customers/search").param("q", "박서준").with(csrf()).locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("“박서준”으로 새 고객 등록")));
        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isZero();
    }

    @Test
    void aWalkInIsRegisteredWithConsentAndTheFormIsTheRecord() throws Exception {
        MvcResult saved = mvc.perform(walkIn().locale(Locale.KOREAN).with(user("seller").roles("SALES")))
                .andExpect(redirectedUrlPattern("/customers/*")).andExpect(flash().attribute("notice", "register.saved"))
                .andReturn();
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/customers/".length()));
        assertThat(jdbc.sql("select count(*) from consent where customer_id = ? and channel = 'SMS' and status = 'GRANTED'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select registered_by || ' ' || consent_wording || ' ' || language from customer_registration where customer_id = ?")
                .param(id).query(String.class).single()).isEqualTo("seller " + ConsentWording.VERSION + " ko");
        assertThat(jdbc.sql("select count(*) from access_log where customer_id = ? and action = 'EDIT' and what like 'customer registered%'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/customers/{id}", id).locale(Locale.KOREAN).with(user("seller").roles("SALES")))
                .andExpect(content().string(containsString("010-6123-4567")))
                .andExpect(content().string(containsString("(06236) 서울특별시 강남구 테헤란로 152")));
    }

    @Test
    void badInputIsExplainedAtEachFieldAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(post("/customers/new").param("name", "").param("phone", "010-12").param("email", "kim@")
                        .param("postcode", "123").param("road", "테헤란로").param("birthday", "2099-01-01").param("channel", "STORE")
                        .param("consents", "EMAIL-MARKETING").param("wordingVersion", ConsentWording.VERSION)
                        .with(csrf()).locale(Locale.KOREAN).with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("고객 이름을 적어 주세요.")))
                .andExpect(content().string(containsString("전화번호가 아닙니다")))
                .andExpect(content().string(containsString("이메일 주소가 아닙니다.")))
                .andExpect(content().string(containsString("다섯 자리 우편번호")))
                .andExpect(content().string(containsString("생일은 지난 날짜여야 합니다")))
                .andExpect(content().string(containsString("value=\"010-12\"")))
                .andExpect(content().string(containsString("value=\"kim@\"")));
        mvc.perform(post("/customers/new").param("name", "이하은").param("kind", "PERSON").param("birthday", "2018-03-01").param("channel", "STORE")
                        .with(csrf()).locale(Locale.ENGLISH).with(user("s").roles("SALES")))
                .andExpect(content().string(containsString("A child under 14 is registered only with the guardian")));
        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isZero();
    }

    @Test
    void aPossibleDuplicateIsShownBeforeSavingAndSavingDespiteItNeedsAReason() throws Exception {
        long known = jdbc.sql("insert into customer (name, ladder_stage) values ('김민준', 'CORE') returning id").query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821061234567')").param(known).update();

        mvc.perform(walkIn().locale(Locale.KOREAN).with(user("s").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("이미 아는 고객일 수 있습니다")))
                .andExpect(content().string(containsString("김민준 고객 열기")))
                .andExpect(content().string(containsString("href=\"/customers/" + known + "\"")))
                .andExpect(content().string(containsString("같은 전화번호")));
        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_log where customer_id = ? and what like 'possible duplicates%'")
                .param(known).query(Long.class).single()).isEqualTo(1);

        MvcResult saved = mvc.perform(walkIn().param("duplicateReason", "번호를 같이 쓰는 아들").locale(Locale.KOREAN)
                        .with(user("s").roles("SERVICE")))
                .andExpect(redirectedUrlPattern("/customers/*")).andReturn();
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/customers/".length()));
        assertThat(jdbc.sql("select duplicate_reason || ' ' || array_to_string(possible_duplicates, ',') from customer_registration where customer_id = ?")
                .param(id).query(String.class).single()).isEqualTo("번호를 같이 쓰는 아들 " + known);
    }

    @Test
    void staffCorrectWhoTheCustomerIsAndEachChangeIsOnTheTimeline() throws Exception {
        MvcResult saved = mvc.perform(walkIn().locale(Locale.KOREAN).with(user("seller").roles("SALES"))).andReturn();
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/customers/".length()));

        mvc.perform(post("/customers/{id}/profile", id).param("name", "김민재").param("kind", "COMPANY").param("tags", "VIP, 원두")
                        .with(csrf()).with(user("agent").roles("SERVICE")))
                .andExpect(redirectedUrlPattern("/customers/*")).andExpect(flash().attribute("notice", "customer.profile.saved"));
        mvc.perform(post("/customers/{id}/profile", id).param("name", " ").param("kind", "COMPANY").param("tags", "")
                        .with(csrf()).with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("profileErrors", java.util.Map.of("name", "register.error.name")));
        mvc.perform(post("/customers/{id}/profile", id).param("name", "x").param("kind", "PERSON")
                .with(csrf()).with(user("m").roles("MARKETING"))).andExpect(status().isForbidden());
        long point = jdbc.sql("select id from contact_point where customer_id = ? and kind = 'PHONE'").param(id).query(Long.class).single();
        mvc.perform(post("/customers/{id}/points/{point}", id, point).param("value", "010-6555-7777").with(csrf())
                .with(user("agent").roles("SERVICE")));

        mvc.perform(post("/customers/{id}/points", id).param("kind", "EMAIL").param("value", "Minjae@Example.com ").with(csrf())
                        .with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "customer.point.added"));
        mvc.perform(post("/customers/{id}/points", id).param("kind", "PHONE").param("value", "전화 없음").with(csrf())
                        .with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("pointError", "customer.point.invalid.PHONE"));
        mvc.perform(post("/customers/{id}/points", id).param("kind", "FAX").param("value", "1").with(csrf())
                        .with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("pointError", "customer.point.kind"));
        mvc.perform(post("/customers/{id}/points", id).param("kind", "EMAIL").param("value", "x@example.com").with(csrf())
                .with(user("m").roles("MARKETING"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select value from contact_point where customer_id = ? and kind = 'EMAIL' order by id").param(id)
                .query(String.class).list()).containsExactly("minjun@example.com", "minjae@example.com");
        assertThat(jdbc.sql("select field || ': ' || before || ' → ' || after || ' by ' || changed_by from customer_change where customer_id = ? order by id")
                .param(id).query(String.class).list())
                .containsExactly("REGISTERED: STORE → 강남점 by seller", "NAME: 김민준 → 김민재 by agent", "KIND: PERSON → COMPANY by agent",
                        "TAGS:  → VIP, 원두 by agent", "CONTACT_POINT: 010-6123-4567 → 010-6555-7777 by agent",
                        "CONTACT_POINT:  → minjae@example.com by agent");
        mvc.perform(get("/customers/{id}", id).locale(Locale.KOREAN).with(user("seller").roles("SALES")))
                .andExpect(content().string(containsString("김민준 → 김민재")))
                .andExpect(content().string(containsString("개인 → 기업")))
                .andExpect(content().string(containsString("010-6123-4567 → 010-6555-7777")))
                .andExpect(content().string(containsString("매장 · 강남점")))
                .andExpect(content().string(containsString("정보 변경")));
    }

    @Test
    void staffSetABirthdayWithoutItsYearAndBadDatesAreExplained() throws Exception {
        long id = jdbc.sql("insert into customer (name) values ('김민준') returning id").query(Long.class).single();
        mvc.perform(post("/customers/" + id + "/days").param("kind", "BIRTHDAY").param("date", "1990-02-30").with(csrf())
                        .with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("problem", "customer.day.BAD_DATE"));
        mvc.perform(post("/customers/" + id + "/days").param("kind", "BIRTHDAY").param("date", "05-17").with(csrf())
                        .with(user("m").roles("MARKETING")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers/" + id + "/days").param("kind", "BIRTHDAY").param("date", "05-17").with(csrf())
                        .with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "customer.day.SAVED"));
        assertThat(jdbc.sql("select month || '-' || day || '/' || coalesce(year::text, '-') from customer_event where customer_id = ?")
                .param(id).query(String.class).single()).isEqualTo("5-17/-");
        mvc.perform(get("/customers/" + id).locale(Locale.KOREAN).with(user("agent").roles("SERVICE")))
                .andExpect(content().string(containsString("value=\"05-17\"")))
                .andExpect(content().string(containsString("생일")));
    }
}
