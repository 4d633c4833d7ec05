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
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringSettings;
import io.dangol.crm.scoring.ScoringSettingsStore;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.testing.Tables;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ScoringPagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    ScoringJob job;

    @Autowired
    ScoringSettingsStore settings;

    @BeforeEach
    void aShop() {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(400, 8));
    }

    @AfterEach
    void defaults() {
        settings.save(ScoringSettings.defaults(), "test");
    }

    @Test
    void aFinishedRunShowsItsCountsPerStageAndSegment() throws Exception {
        ScoringRun run = job.run(ScoringTrigger.CLI, "cli", ScoringListener.NONE);

        mvc.perform(get("/admin/scoring").locale(Locale.KOREAN).with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"run-" + run.id() + "\"")))
                .andExpect(content().string(containsString("성공")))
                .andExpect(content().string(containsString("여기서 시작한 실행은 기본적으로 CPU 코어 하나만 쓰며")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        mvc.perform(get("/admin/scoring/runs/{id}", run.id()).locale(Locale.ENGLISH).with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Customers per RFM segment")))
                .andExpect(content().string(containsString("Champions")))
                .andExpect(content().string(containsString(">400<")))
                .andExpect(content().string(containsString("BG/NBD (purchases, time in weeks)")))
                .andExpect(content().string(containsString("r = ")));
    }

    @Test
    void runNowStartsARunAndASecondPressSaysOneIsRunning() throws Exception {
        String admin = aUserWith(io.dangol.crm.admin.Role.ADMIN);
        mvc.perform(post("/admin/scoring/runs").with(csrf()).with(user(admin).roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/scoring")).andExpect(flash().attributeExists("started"));

        for (int i = 0; i < 300 && jdbc.sql("select count(*) from scoring_run where status = 'RUNNING'").query(Long.class).single() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(jdbc.sql("select status from scoring_run order by id desc limit 1").query(String.class).single()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select started_by from scoring_run order by id desc limit 1").query(String.class).single()).isEqualTo(admin);
    }

    @Test
    void theChurnRadarListsAtRiskCustomersWithReasonsAndLogsTheView() throws Exception {
        ScoringRun run = job.run(ScoringTrigger.CLI, "cli", ScoringListener.NONE);
        long before = jdbc.sql("select count(*) from access_log where what like 'churn radar%'").query(Long.class).single();

        var page = mvc.perform(get("/churn-radar").locale(Locale.KOREAN).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("이탈 레이더")))
                .andReturn().getResponse().getContentAsString();

        assertThat(run.radar().atRisk()).isPositive();
        String someone = jdbc.sql("""
                select c.name from customer_score s join customer c on c.id = s.customer_id where s.at_risk
                order by s.stage = 'CORE' desc, s.predicted_clv desc nulls last, s.customer_id limit 1""").query(String.class).single();
        long someonesId = jdbc.sql("""
                select s.customer_id from customer_score s where s.at_risk
                order by s.stage = 'CORE' desc, s.predicted_clv desc nulls last, s.customer_id limit 1""").query(Long.class).single();
        assertThat(page).contains(someone);
        assertThat(page).as("the signal in plain words").containsAnyOf("아직 활동 중일 가능성이 낮음", "평소 구매 주기보다 오래 구매 없음");
        assertThat(page).as("the shop's first run: the trend says what it will show").contains("다음 실행부터");
        assertThat(page).as("each name opens that customer's page, with the number that tells two namesakes apart")
                .contains("href=\"/customers/" + someonesId + "\"").contains("#" + someonesId);
        assertThat(jdbc.sql("select count(*) from access_log where what like 'churn radar%'").query(Long.class).single())
                .as("one entry per customer shown").isEqualTo(before + Math.min(run.radar().atRisk(), 50));
        assertThat(jdbc.sql("select count(*) from access_log where what = 'churn radar page 1' and customer_id = ?").param(someonesId)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/churn-radar").with(user("s").roles("SERVICE"))).andExpect(status().isForbidden());
    }

    @Test
    void aRunAsOfAFutureOrMangledDateIsRefusedWithAMessage() throws Exception {
        String admin = aUserWith(io.dangol.crm.admin.Role.ADMIN);
        for (String bad : new String[] {"2999-01-01", "yesterday"}) {
            mvc.perform(post("/admin/scoring/runs").param("asOf", bad).with(csrf()).with(user(admin).roles("ADMIN")))
                    .andExpect(redirectedUrl("/admin/scoring")).andExpect(flash().attribute("badAsOf", bad));
        }
        assertThat(jdbc.sql("select count(*) from scoring_run where started_by = ?").param(admin).query(Long.class).single()).isZero();
    }

    @Test
    void theBacktestPageComparesPredictedAndActualPurchases() throws Exception {
        String from = java.time.LocalDate.now().minusWeeks(20).toString();

        mvc.perform(get("/admin/scoring/backtest").param("from", from).param("weeks", "13").locale(Locale.ENGLISH)
                        .with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"backtest-groups\"")))
                .andExpect(content().string(containsString("Mean absolute error per customer")))
                .andExpect(content().string(containsString("predicted")));
        mvc.perform(get("/admin/scoring/backtest").param("from", "someday").param("weeks", "13").locale(Locale.KOREAN)
                        .with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("지난 날짜와 1~520주의 검증 기간을 고르세요")));
    }

    @Test
    void theRadarBacktestPageComparesWhomTheRadarFlaggedWithWhoLapsedInBothLanguages() throws Exception {
        String from = java.time.LocalDate.now().minusWeeks(20).toString();

        mvc.perform(get("/admin/scoring/backtest/radar").param("from", from).param("weeks", "13").locale(Locale.ENGLISH)
                        .with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"radar-floors\"")))
                .andExpect(content().string(containsString("Lift over the naive rule")))
                .andExpect(content().string(containsString("90 days ✓")));
        mvc.perform(get("/admin/scoring/backtest/radar").param("from", from).param("weeks", "13").locale(Locale.KOREAN)
                        .with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("단순 규칙 대비 향상")));
        mvc.perform(get("/admin/scoring/backtest/radar").param("from", "2999-01-01").param("weeks", "13").locale(Locale.KOREAN)
                        .with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("지난 날짜와 1~520주의 검증 기간을 고르세요")));
        for (String role : new String[] {"MARKETING", "SALES", "SERVICE"}) {
            mvc.perform(get("/admin/scoring/backtest/radar").with(user("m").roles(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aFailedRunShowsASentenceAndAnErrorNumberNeverTheRawError() throws Exception {
        long id = jdbc.sql("insert into scoring_run (trigger, started_by, started_at, finished_at, status, error) values ('SCHEDULE', 'schedule', now(), now(), 'FAILED', 'PSQLException: disk full') returning id")
                .query(Long.class).single();

        mvc.perform(get("/admin/scoring/runs/{id}", id).locale(Locale.ENGLISH).with(user("a").roles("ADMIN")))
                .andExpect(content().string(not(containsString("PSQLException"))))
                .andExpect(content().string(containsString("error number scoring-" + id)))
                .andExpect(content().string(containsString("the previous scores were kept")));
        mvc.perform(get("/admin/scoring/runs/{id}", 987_654).with(user("a").roles("ADMIN"))).andExpect(status().isNotFound());
    }

    @Test
    void settingsAreValidatedAndSaved() throws Exception {
        mvc.perform(post("/admin/scoring/settings").locale(Locale.KOREAN).with(csrf()).with(user("a").roles("ADMIN"))
                        .param("windowMonths", "0").param("corePercent", "80").param("minTenureMonths", "12")
                        .param("activityFactor", "2").param("defaultCycleDays", "180").param("scheduleCron", "every night")
                        .param("referralsAreAdvocacy", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1에서 120 사이의 개월 수를 입력하세요")))
                .andExpect(content().string(containsString("1에서 50 사이의 비율")))
                .andExpect(content().string(containsString("올바른 cron 식이 아닙니다")))
                .andExpect(content().string(containsString("value=\"every night\"")));
        assertThat(settings.current()).isEqualTo(ScoringSettings.defaults());

        mvc.perform(post("/admin/scoring/settings").with(csrf()).with(user("a").roles("ADMIN"))
                        .param("windowMonths", "12").param("corePercent", "5").param("minTenureMonths", "6")
                        .param("activityFactor", "3").param("defaultCycleDays", "90").param("scheduleCron", "0 30 3 * * *")
                        .param("marginPercent", "25").param("discountPercent", "8").param("clvHorizonMonths", "24")
                        .param("riskAlivePercent", "40").param("riskNoContactDays", "90").param("modelPeriod", "DAY").param("overdueFloorDays", "14").param("purchaseModel", "BG_NBD")
                        .param("positiveFeedbackIsAdvocacy", "true").param("identifiedNeedsVerifiedContact", "true"))
                .andExpect(redirectedUrl("/admin/scoring/settings"));
        ScoringSettings saved = settings.current();
        assertThat(saved.windowMonths()).isEqualTo(12);
        assertThat(saved.coreShare()).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThat(saved.referralsAreAdvocacy()).isFalse();
        assertThat(saved.positiveFeedbackIsAdvocacy()).isTrue();
        assertThat(saved.scheduleCron()).isEqualTo("0 30 3 * * *");
        assertThat(saved.margin()).isEqualByComparingTo("0.25");
        assertThat(saved.annualDiscountRate()).isEqualByComparingTo("0.08");
        assertThat(saved.clvHorizonMonths()).isEqualTo(24);
        assertThat(saved.riskAliveThreshold()).isEqualByComparingTo("0.40");
        assertThat(saved.riskNoContactDays()).isEqualTo(90);
        assertThat(saved.overdueFloorDays()).isEqualTo(14);
        assertThat(saved.modelPeriod()).isEqualTo(io.dangol.crm.scoring.clv.ModelPeriod.DAY);
    }

    @Test
    void somethingThatIsNotANumberIsExplainedAndKept() throws Exception {
        mvc.perform(post("/admin/scoring/settings").locale(Locale.ENGLISH).with(csrf()).with(user("a").roles("ADMIN"))
                        .param("windowMonths", "two years").param("corePercent", "10").param("minTenureMonths", "12")
                        .param("activityFactor", "2").param("defaultCycleDays", "180").param("scheduleCron", "0 0 2 * * *")
                        .param("marginPercent", "30").param("discountPercent", "10").param("clvHorizonMonths", "12")
                        .param("riskAlivePercent", "50").param("riskNoContactDays", "180").param("modelPeriod", "WEEK").param("overdueFloorDays", "30").param("purchaseModel", "MBG_NBD")
                        .param("referralsAreAdvocacy", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number.")))
                .andExpect(content().string(containsString("value=\"two years\"")));
        assertThat(settings.current()).isEqualTo(ScoringSettings.defaults());
    }

    @Test
    void turningOffEveryKindOfAdvocacyIsRefused() throws Exception {
        mvc.perform(post("/admin/scoring/settings").locale(Locale.ENGLISH).with(csrf()).with(user("a").roles("ADMIN"))
                        .param("windowMonths", "24").param("corePercent", "10").param("minTenureMonths", "12")
                        .param("activityFactor", "2").param("defaultCycleDays", "180").param("scheduleCron", "0 0 2 * * *")
                        .param("marginPercent", "30").param("discountPercent", "10").param("clvHorizonMonths", "12")
                        .param("riskAlivePercent", "50").param("riskNoContactDays", "180").param("modelPeriod", "WEEK").param("overdueFloorDays", "30").param("purchaseModel", "MBG_NBD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At least one kind of advocacy must count")));
        assertThat(settings.current()).isEqualTo(ScoringSettings.defaults());
    }
}
