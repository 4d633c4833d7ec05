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

/** The voice inbox per role and language: record, suggest, link, correct, answer, resolve, themes, dashboard. */
class VoicePagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private long minjun;

    @BeforeEach
    void aCoreCustomerWithAPhone() {
        Tables.emptyCustomerData(jdbc);
        jdbc.sql("update feedback set theme_id = null").update();
        jdbc.sql("delete from voice_theme").update();
        minjun = jdbc.sql("insert into customer (name, ladder_stage) values ('김민준', 'CORE') returning id").query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821061234567')").param(minjun).update();
    }

    private long record(String channel, String author, String text) throws Exception {
        mvc.perform(post("/voice").param("channel", channel).param("author", author).param("text", text)
                        .with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(redirectedUrlPattern("/voice/*"));
        return jdbc.sql("select max(id) from feedback").query(Long.class).single();
    }

    @Test
    void serviceMarketingAndAdminWorkTheInboxAndEveryoneReadsTheThemes() throws Exception {
        for (String role : new String[] {"SERVICE", "MARKETING", "ADMIN"}) {
            mvc.perform(get("/voice").with(user("u").roles(role))).andExpect(status().isOk());
            mvc.perform(get("/voice/dashboard").with(user("u").roles(role))).andExpect(status().isOk());
        }
        mvc.perform(get("/voice").with(user("u").roles("SALES"))).andExpect(status().isForbidden());
        mvc.perform(post("/voice").param("channel", "SOCIAL").param("text", "x").with(csrf()).with(user("u").roles("SALES")))
                .andExpect(status().isForbidden());
        for (String role : new String[] {"SALES", "SERVICE", "MARKETING", "ADMIN"}) {
            mvc.perform(get("/voice/themes").with(user("u").roles(role))).andExpect(status().isOk());
        }
        mvc.perform(post("/voice/themes").param("title", "x").param("category", "PRICE").with(csrf()).with(user("u").roles("SALES")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/voice/999999").with(user("u").roles("SERVICE"))).andExpect(status().isNotFound());
    }

    @Test
    void aMessageIsRecordedSuggestedAndLinkedByTheAuthorsPhone() throws Exception {
        mvc.perform(post("/voice").param("channel", "SOCIAL").param("text", " ").param("link", "javascript:alert(1)")
                        .locale(Locale.KOREAN).with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("고객이 한 말을 입력하세요")))
                .andExpect(content().string(containsString("링크는 http://")));
        assertThat(jdbc.sql("select count(*) from feedback").query(Long.class).single()).isZero();

        long id = record("PHONE", "010-6123-4567", "배송이 열흘째 안 와요. 너무 화가 납니다");
        assertThat(jdbc.sql("select customer_id from feedback where id = ?").param(id).query(Long.class).single()).isEqualTo(minjun);
        assertThat(jdbc.sql("select sentiment || ' ' || category || ' ' || language from feedback where id = ?").param(id)
                .query(String.class).single()).isEqualTo("NEGATIVE DELIVERY ko");
        mvc.perform(get("/voice/" + id).locale(Locale.KOREAN).with(user("desk").roles("SERVICE")))
                .andExpect(content().string(containsString("핵심 고객, 부정")))
                .andExpect(content().string(containsString("김민준")));
        mvc.perform(get("/voice").param("flagged", "true").locale(Locale.ENGLISH).with(user("mk").roles("MARKETING")))
                .andExpect(content().string(containsString("배송이 열흘째")))
                .andExpect(content().string(containsString("core customer, negative")));
        assertThat(jdbc.sql("select count(*) from access_log where username = 'mk' and customer_id = ?").param(minjun)
                .query(Long.class).single()).isEqualTo(1);

        long later = record("SOCIAL", "@minjun_k", "앱이 자꾸 로그아웃돼요");
        assertThat(jdbc.sql("select customer_id from feedback where id = ?").param(later).query(Long.class).optional()).isEmpty();
        mvc.perform(post("/voice/" + later + "/link").param("customer", "없는 사람").locale(Locale.KOREAN).with(csrf())
                        .with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("problem", "voice.error.customerReference"));
        mvc.perform(post("/voice/" + later + "/link").param("customer", "#" + minjun).with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "voice.linked"));
        long third = record("SOCIAL", "@minjun_k", "오늘도 로그아웃");
        assertThat(jdbc.sql("select customer_id from feedback where id = ?").param(third).query(Long.class).single())
                .as("the handle was linked before").isEqualTo(minjun);
    }

    @Test
    void aCorrectionIsKeptAnAnswerIsLoggedOnTheTimelineAndTheItemResolves() throws Exception {
        long id = record("EMAIL", "minjun@example.com", "환불은 보통 며칠 걸리나요?");
        mvc.perform(post("/voice/" + id + "/correct").param("sentiment", "NEUTRAL").with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "voice.corrected"));
        mvc.perform(post("/voice/" + id + "/correct").param("category", "SERVICE").with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "voice.corrected"));
        assertThat(jdbc.sql("select sentiment || ' ' || category || ' ' || corrected_by from feedback where id = ?").param(id)
                .query(String.class).single()).isEqualTo("NEUTRAL SERVICE desk");
        mvc.perform(post("/voice/" + id + "/link").param("customer", "010-6123-4567").with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "voice.linked"));
        mvc.perform(post("/voice/" + id + "/answer").param("answer", "").with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("problem", "voice.error.answerMissing"));
        mvc.perform(post("/voice/" + id + "/answer").param("answer", "보통 3영업일 안에 환불됩니다").param("resolve", "true")
                        .with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "voice.answered"));
        assertThat(jdbc.sql("select status from feedback where id = ?").param(id).query(String.class).single()).isEqualTo("RESOLVED");
        assertThat(jdbc.sql("select channel || ' ' || purpose || ' ' || note from contact where customer_id = ?").param(minjun)
                .query(String.class).single()).isEqualTo("EMAIL SERVICE 보통 3영업일 안에 환불됩니다");
        mvc.perform(post("/voice/" + id + "/answer").param("answer", "again").with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("problem", "voice.error.resolved"));
        mvc.perform(post("/voice/" + id + "/move").param("to", "NEW").with(csrf()).with(user("desk").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "voice.moved"));
        mvc.perform(get("/customers/" + minjun).locale(Locale.ENGLISH).with(user("desk").roles("SERVICE")))
                .andExpect(content().string(containsString("보통 3영업일 안에 환불됩니다")));
    }

    @Autowired
    io.dangol.crm.api.ApiAccess access;

    @Test
    void aSocialListeningToolPostsMentionsOnceEachWithTheCustomerItKnows() throws Exception {
        jdbc.sql("update customer set source_system = 'listener', external_id = 'L-7' where id = ?").param(minjun).update();
        String secret = access.issue("listener " + System.nanoTime(), "listener",
                java.util.EnumSet.of(io.dangol.crm.api.ApiScope.FEEDBACK_WRITE), "admin").secret();
        String body = "{\"channel\":\"SOCIAL\",\"author\":\"@mj\",\"text\":\"직원분이 정말 친절하세요\",\"customerId\":\"L-7\","
                + "\"link\":\"https://example.com/p/1\"}";
        for (int expected : new int[] {201, 200}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/voice/M-1")
                            .header("Authorization", "Bearer " + secret).contentType("application/json").content(body))
                    .andExpect(status().is(expected));
        }
        assertThat(jdbc.sql("select count(*) from feedback").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select customer_id || ' ' || sentiment || ' ' || category || ' ' || recorded_by from feedback")
                .query(String.class).single()).isEqualTo(minjun + " POSITIVE STAFF api:listener");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/voice/M-2")
                        .header("Authorization", "Bearer " + secret).header("Accept-Language", "ko").contentType("application/json")
                        .content("{\"channel\":\"SOCIAL\",\"text\":\"x\",\"customerId\":\"nobody\"}"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("그 고객은 기록에 없습니다")));
    }

    @Test
    void recurringComplaintsAreProposedAsAThemeThatEveryoneCanRead() throws Exception {
        for (String text : new String[] {"배송이 너무 늦어요", "배송이 일주일째 안 와요", "배송이 늦어서 화가 나요"}) {
            record("WEB", "", text);
        }
        mvc.perform(get("/voice/themes").locale(Locale.KOREAN).with(user("mk").roles("MARKETING")))
                .andExpect(content().string(containsString("배송: 배송")))
                .andExpect(content().string(containsString("의견 3건")));
        mvc.perform(post("/voice/themes").param("title", "배송 지연").param("category", "DELIVERY")
                        .param("items", jdbc.sql("select string_agg(id::text, ',') from feedback").query(String.class).single().split(","))
                        .with(csrf()).with(user("mk").roles("MARKETING")))
                .andExpect(redirectedUrlPattern("/voice/themes/*"));
        long theme = jdbc.sql("select id from voice_theme").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from feedback where theme_id = ?").param(theme).query(Long.class).single()).isEqualTo(3);
        mvc.perform(post("/voice/themes/" + theme + "/decide").param("status", "DONE").param("decision", "택배사 변경")
                        .with(csrf()).with(user("mk").roles("MARKETING")))
                .andExpect(flash().attribute("problem", "theme.error.actionMissing"));
        mvc.perform(post("/voice/themes/" + theme + "/decide").param("status", "DONE").param("decision", "택배사 변경")
                        .param("action", "12월부터 새 택배사로 익일 배송").with(csrf()).with(user("mk").roles("MARKETING")))
                .andExpect(flash().attribute("notice", "theme.decided"));
        mvc.perform(get("/voice/themes/" + theme).locale(Locale.KOREAN).with(user("seller").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12월부터 새 택배사로 익일 배송")))
                .andExpect(content().string(containsString("배송이 일주일째 안 와요")))
                .andExpect(content().string(not(containsString("id=\"decide-form\""))));
        mvc.perform(get("/voice/dashboard").locale(Locale.ENGLISH).with(user("mk").roles("MARKETING")))
                .andExpect(content().string(containsString("배송 지연")))
                .andExpect(content().string(containsString("Sentiment by week")));
    }
}
