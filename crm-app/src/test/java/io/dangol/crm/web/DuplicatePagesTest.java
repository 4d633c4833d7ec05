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
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The duplicates queue, the side-by-side review, merge, "not the same person" and undo, per role and language. */
class DuplicatePagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private long store;
    private long web;

    @BeforeEach
    void twoRecordsOfOnePerson() {
        Tables.emptyCustomerData(jdbc);
        store = jdbc.sql("insert into customer (name, source_system, external_id, ladder_stage) values ('김민준', 'pos', 'P-1', 'IDENTIFIED') returning id")
                .query(Long.class).single();
        web = jdbc.sql("insert into customer (name, source_system, external_id) values ('김 민준', 'web', 'W-9') returning id")
                .query(Long.class).single();
        for (long who : new long[] {store, web}) {
            jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821061234567')").param(who).update();
            jdbc.sql("insert into service_case (customer_id, kind, subject, opened_at) values (?, 'COMPLAINT', '파손', now())").param(who).update();
        }
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'SMS', 'MARKETING', 'GRANTED', now(), 'STORE')").param(store).update();
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, 'SMS', 'MARKETING', 'WITHDRAWN', now() - interval '1 day', 'PHONE_CALL')").param(web).update();
    }

    private long logged(String who, long customer) {
        return jdbc.sql("select count(*) from access_log where username = ? and customer_id = ?").params(who, customer)
                .query(Long.class).single();
    }

    @Test
    void onlyAdminAndServiceWorkTheQueue() throws Exception {
        for (String role : new String[] {"ADMIN", "SERVICE"}) {
            mvc.perform(get("/duplicates").with(user("u").roles(role))).andExpect(status().isOk());
        }
        for (String role : new String[] {"MARKETING", "SALES"}) {
            mvc.perform(get("/duplicates").with(user("u").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/duplicates/run").with(csrf()).with(user("u").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/duplicates/merge").param("survivor", "" + store).param("merged", "" + web).param("reason", "x")
                    .with(csrf()).with(user("u").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/").locale(Locale.KOREAN).with(user("a").roles("SERVICE")))
                .andExpect(content().string(containsString("중복 고객")));
        mvc.perform(get("/").locale(Locale.KOREAN).with(user("a").roles("SALES")))
                .andExpect(content().string(not(containsString("중복 고객"))));
    }

    @Test
    void theJobProposesThePairAndTheQueueShowsWhatTheyShareNamingEachCustomerInTheAccessLog() throws Exception {
        mvc.perform(get("/duplicates").locale(Locale.KOREAN).with(user("agent").roles("SERVICE")))
                .andExpect(content().string(containsString("아직 실행되지 않았습니다")));
        mvc.perform(post("/duplicates/run").with(csrf()).with(user("agent").roles("SERVICE")))
                .andExpect(redirectedUrl("/duplicates")).andExpect(flash().attribute("found", 1L));
        mvc.perform(get("/duplicates").locale(Locale.KOREAN).with(user("agent").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pos:P-1")))
                .andExpect(content().string(containsString("web:W-9")))
                .andExpect(content().string(containsString("같은 전화번호")))
                .andExpect(content().string(containsString("비슷한 이름")));
        assertThat(logged("agent", store)).isEqualTo(1);
        assertThat(logged("agent", web)).isEqualTo(1);
    }

    @Test
    void theReviewIsADryRunAndTheMergeNeedsAReasonThenMovesEverythingAndCanBeUndone() throws Exception {
        mvc.perform(get("/duplicates/review").param("survivor", "" + store).param("merged", "" + web).param("name", "MERGED")
                        .locale(Locale.ENGLISH).with(user("agent").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"after-name\">김 민준<")))
                .andExpect(content().string(containsString("service cases")))
                .andExpect(content().string(containsString("the stricter one, recorded at the merge")));
        assertThat(jdbc.sql("select count(*) from customer where erased_at is null").query(Long.class).single())
                .as("a dry run changes nothing").isEqualTo(2);
        assertThat(logged("agent", web)).isEqualTo(1);

        mvc.perform(post("/duplicates/merge").param("survivor", "" + store).param("merged", "" + web).param("reason", " ")
                        .with(csrf()).locale(Locale.KOREAN).with(user("agent").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("같은 사람인 이유를 적어 주세요")));

        mvc.perform(post("/duplicates/merge").param("survivor", "" + store).param("merged", "" + web)
                        .param("reason", "같은 휴대폰").with(csrf()).with(user("agent").roles("SERVICE")))
                .andExpect(redirectedUrl("/customers/" + store));
        assertThat(jdbc.sql("select count(*) from service_case where customer_id = ?").param(store).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select status from current_consent where customer_id = ?").param(store).query(String.class).single())
                .isEqualTo("WITHDRAWN");
        mvc.perform(get("/customers/" + web).with(user("agent").roles("SERVICE")))
                .andExpect(redirectedUrl("/customers/" + store));
        mvc.perform(get("/customers/" + store).locale(Locale.KOREAN).with(user("agent").roles("SERVICE")))
                .andExpect(content().string(containsString("다른 기록과 병합")));

        mvc.perform(get("/duplicates/merges").locale(Locale.KOREAN).with(user("agent").roles("SERVICE")))
                .andExpect(content().string(containsString("같은 휴대폰")))
                .andExpect(content().string(containsString("되돌리기")));
        long merge = jdbc.sql("select id from customer_merge").query(Long.class).single();
        mvc.perform(post("/duplicates/merges/" + merge + "/undo").with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(redirectedUrl("/duplicates/merges")).andExpect(flash().attribute("notice", "merge.undo.UNDONE"));
        assertThat(jdbc.sql("select count(*) from service_case where customer_id = ?").param(web).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from customer where erased_at is null").query(Long.class).single()).isEqualTo(2);
        mvc.perform(post("/duplicates/merges/" + merge + "/undo").with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(flash().attribute("problem", "merge.undo.ALREADY_UNDONE"));
    }

    @Test
    void notTheSamePersonIsNeverProposedAgainAndBadIdsAreAClearMessage() throws Exception {
        mvc.perform(post("/duplicates/run").with(csrf()).with(user("agent").roles("SERVICE")));
        mvc.perform(post("/duplicates/apart").param("first", "" + store).param("second", "" + web).with(csrf())
                        .with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "duplicates.toldApart"));
        mvc.perform(post("/duplicates/run").with(csrf()).with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("found", 0L));
        mvc.perform(get("/duplicates/review").param("survivor", "abc").param("merged", "-3").with(user("agent").roles("SERVICE")))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/duplicates/review").param("survivor", "" + store).param("merged", "999999").with(user("agent").roles("SERVICE")))
                .andExpect(redirectedUrl("/duplicates")).andExpect(flash().attribute("problem", "merge.refused.UNKNOWN_CUSTOMER"));
        mvc.perform(get("/duplicates").param("page", "x").with(user("agent").roles("SERVICE"))).andExpect(status().isOk());
    }

    @Test
    void aRetiredPhoneStaysInTheHistoryButNoSearchOrDuplicateUsesIt() throws Exception {
        long point = jdbc.sql("select id from contact_point where customer_id = ?").param(web).query(Long.class).single();
        mvc.perform(post("/customers/" + web + "/points/" + point + "/retire").param("reason", "BOUNCED").with(csrf())
                        .with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("problem", "customer.retire.REASON_DOES_NOT_FIT"));
        mvc.perform(post("/customers/" + web + "/points/" + point + "/retire").param("reason", "NUMBER_CHANGED").with(csrf())
                        .with(user("m").roles("MARKETING")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers/" + web + "/points/" + point + "/retire").param("reason", "NUMBER_CHANGED").with(csrf())
                        .with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("notice", "customer.retire.RETIRED"));

        mvc.perform(get("/customers/" + web).locale(Locale.KOREAN).with(user("agent").roles("SERVICE")))
                .andExpect(content().string(containsString("연락처 사용 중지")))
                .andExpect(content().string(containsString("번호 바뀜")))
                .andExpect(content().string(not(containsString("id=\"point-" + point + "\""))));
        assertThat(jdbc.sql("select retired_because || '/' || retired_by from contact_point where id = ?").param(point)
                .query(String.class).single()).isEqualTo("NUMBER_CHANGED/agent");
        mvc.perform(post("/customers/search").param("q", "010-6123-4567").with(csrf()).with(user("agent").roles("SERVICE")))
                .andExpect(content().string(containsString("김민준")))
                .andExpect(content().string(not(containsString("김 민준"))));
        mvc.perform(post("/duplicates/run").with(csrf()).with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("found", 0L));
    }

    @Test
    void aBouncedEMailLoggedAsAContactRetiresTheAddress() throws Exception {
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'EMAIL', 'minjun@example.com')").param(store).update();
        mvc.perform(post("/customers/" + store + "/contacts").param("channel", "PHONE").param("direction", "OUTBOUND")
                        .param("purpose", "SALES").param("outcome", "BOUNCED").param("department", "SERVICE")
                        .with(csrf()).with(user("agent").roles("SERVICE")))
                .andExpect(flash().attribute("contactErrors", java.util.Map.of("outcome", "contact.error.outcomeChannel")));
        mvc.perform(post("/customers/" + store + "/contacts").param("channel", "EMAIL").param("direction", "OUTBOUND")
                .param("purpose", "SALES").param("outcome", "BOUNCED").param("department", "SERVICE")
                .with(csrf()).with(user("agent").roles("SERVICE")));
        assertThat(jdbc.sql("select retired_because || '/' || retired_by from contact_point where customer_id = ? and kind = 'EMAIL'")
                .param(store).query(String.class).single()).isEqualTo("BOUNCED/agent");
        assertThat(jdbc.sql("select count(*) from contact_point where customer_id = ? and kind = 'PHONE' and retired_at is null")
                .param(store).query(Long.class).single()).isEqualTo(1);
    }
}
