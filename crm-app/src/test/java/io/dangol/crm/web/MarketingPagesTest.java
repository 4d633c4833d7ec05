package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dangol.crm.app.AppIntegrationTest;
import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.CampaignSettingsStore;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** The marketing workspace through MockMvc: dashboard, segments, saved segments and campaign exports. */
class MarketingPagesTest extends AppIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    ScoringJob job;

    @Autowired
    CampaignSettingsStore marketingSettings;

    @Autowired
    io.dangol.crm.scoring.RunScoring runScoring;

    ScoringRun run;

    @BeforeEach
    void aScoredShop() {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(600, 17));
        run = job.run(ScoringTrigger.CLI, "cli", ScoringListener.NONE);
    }

    @AfterEach
    void defaults() {
        marketingSettings.save(new CampaignSettings(4), "test");
    }

    @Test
    void theDashboardShowsTheRunsFiguresInBothLanguages() throws Exception {
        long core = run.perStage().get(io.dangol.crm.ladder.LadderStage.CORE);
        mvc.perform(get("/marketing").locale(Locale.KOREAN).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("고객 사다리 퍼널")))
                .andExpect(content().string(containsString("실행 #" + run.id())))
                .andExpect(content().string(containsString("/segments/custom?rMin=5&amp;rMax=5&amp;fMin=1&amp;fMax=1")))
                .andExpect(content().string(containsString(">" + core + "<")))
                .andExpect(content().string(containsString("id=\"pareto-table\"")))
                .andExpect(content().string(not(containsString("/admin/scoring/runs/"))));
        mvc.perform(get("/marketing").locale(Locale.ENGLISH).with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The ladder as a funnel")))
                .andExpect(content().string(containsString("net revenue within the scoring window")))
                .andExpect(content().string(containsString("not their value to date")))
                .andExpect(content().string(containsString("/admin/scoring/runs/" + run.id())));
        assertThat(jdbc.sql("select sum(customers) from scoring_run_rfm_cell where run_id = ?").param(run.id())
                .query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from customer_score where r_score is not null").query(Long.class).single());
        assertThat(jdbc.sql("select count(*) from scoring_run_pareto where run_id = ?").param(run.id()).query(Long.class).single())
                .isEqualTo(20);
    }

    @Test
    void aSegmentListsItsCustomersMaskedAndIsWrittenToTheAccessLog() throws Exception {
        long before = accessLogRows("segment stage-buyer%");
        String page = mvc.perform(get("/segments/stage-buyer").param("page", "2").param("sort", "p-alive").param("dir", "asc")
                        .locale(Locale.ENGLISH).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"segment-members\"")))
                .andExpect(content().string(matchesPattern("(?s).*01\\d-\\*\\*\\*\\*-\\d{4}.*")))
                .andExpect(content().string(not(matchesPattern("(?s).*01\\d-\\d{3,4}-\\d{4}.*"))))
                .andExpect(content().string(containsString("Page 2 of")))
                .andExpect(content().string(matchesPattern("(?s).*<a href=\"/customers/\\d+\">[^<]+</a> <span class=\"text-muted small\">#\\d+</span>.*")))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andReturn().getResponse().getContentAsString();
        long shown = java.util.regex.Pattern.compile("<a href=\"/customers/(\\d+)\">").matcher(page).results()
                .map(m -> m.group(1)).distinct().count();
        assertThat(shown).isPositive();
        assertThat(accessLogRows("segment stage-buyer%")).as("one entry per customer on the page, each named")
                .isEqualTo(before + shown);
        assertThat(jdbc.sql("select count(*) from access_log where what like 'segment stage-buyer%' and customer_id is null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFilterThatCannotBeReadIsExplainedAndKeepsThePageUp() throws Exception {
        mvc.perform(get("/segments/custom").param("clvMin", "lots").locale(Locale.KOREAN).with(user("m").roles("MARKETING")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("예측 CLV 부터: &quot;lots&quot; 값은 쓸 수 없습니다")));
        mvc.perform(get("/segments/custom").param("rMin", "4").param("rMax", "2").locale(Locale.ENGLISH)
                        .with(user("m").roles("MARKETING")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R to: &quot;2&quot; cannot be used")));
        mvc.perform(get("/segments/custom").param("clvMin", "abc").param("boughtWithin", "-5").param("stage", "VIP")
                        .locale(Locale.ENGLISH).with(user("m").roles("MARKETING")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&quot;abc&quot; cannot be used")))
                .andExpect(content().string(containsString("&quot;-5&quot; cannot be used")))
                .andExpect(content().string(containsString("&quot;VIP&quot; cannot be used")));
    }

    @Test
    void segmentsAreSavedPrivatelyOrSharedAndOnlyTheOwnerChangesThem() throws Exception {
        MvcResult saved = mvc.perform(post("/segments/saved").param("name", "재구매 VIP").param("stage", "CORE")
                        .param("rMin", "4").with(csrf()).with(user("kim").roles("MARKETING")))
                .andExpect(redirectedUrlPattern("/segments/saved/*")).andReturn();
        String path = saved.getResponse().getRedirectedUrl();
        mvc.perform(post("/segments/saved").param("name", "재구매 VIP").param("stage", "CORE")
                        .param("rMin", "4").with(csrf()).with(user("kim").roles("MARKETING")))
                .andExpect(redirectedUrl(path)).andExpect(flash().attribute("notice", "segments.savedNotice"));
        assertThat(jdbc.sql("select count(*) from saved_segment where owner = 'kim'").query(Long.class).single())
                .as("a double click saves one segment").isEqualTo(1);
        mvc.perform(get(path).locale(Locale.ENGLISH).with(user("kim").roles("MARKETING")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("재구매 VIP")))
                .andExpect(content().string(containsString("Rename or share")));
        mvc.perform(get(path).with(user("lee").roles("MARKETING"))).andExpect(status().isNotFound());
        mvc.perform(post("/segments/saved").param("name", "재구매 VIP").param("stage", "BUYER").with(csrf())
                        .with(user("kim").roles("MARKETING")))
                .andExpect(flash().attribute("segmentError", "segments.refused.NAME_TAKEN"));

        mvc.perform(post(path).param("name", "재구매 VIP").param("shared", "true").param("keepFilter", "true").with(csrf())
                .with(user("kim").roles("MARKETING"))).andExpect(redirectedUrl(path));
        mvc.perform(get("/segments").with(user("lee").roles("MARKETING")))
                .andExpect(content().string(containsString("재구매 VIP")));
        mvc.perform(get(path).locale(Locale.ENGLISH).with(user("lee").roles("MARKETING")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Rename or share"))));
        mvc.perform(post(path + "/delete").with(csrf()).with(user("lee").roles("MARKETING")))
                .andExpect(flash().attribute("segmentError", "segments.refused.NOT_YOURS"));

        mvc.perform(post(path).param("name", "재구매 VIP").param("shared", "true").param("stage", "IDENTIFIED").with(csrf())
                .with(user("kim").roles("MARKETING"))).andExpect(redirectedUrl(path));
        assertThat(jdbc.sql("select filter from saved_segment").query(String.class).single()).isEqualTo("stage=IDENTIFIED");
        mvc.perform(post(path + "/delete").with(csrf()).with(user("kim").roles("MARKETING")))
                .andExpect(redirectedUrl("/segments"));
        assertThat(jdbc.sql("select count(*) from saved_segment").query(Long.class).single()).isZero();
    }

    @Test
    void anExportTakesOnlyConsentingCustomersRecordsTheTouchesAndStreamsAnExcelReadyFile() throws Exception {
        String marketer = aUserWith(io.dangol.crm.admin.Role.MARKETING);
        MvcResult exported = mvc.perform(post("/campaigns").param("stage", "BUYER").param("stage", "IDENTIFIED")
                        .param("channel", "EMAIL").param("purpose", "MARKETING").param("reason", "봄 세일")
                        .param("segmentName", "buyers").param("back", "/segments/custom").with(csrf())
                        .with(user(marketer).roles("MARKETING")))
                .andExpect(redirectedUrlPattern("/campaigns/*")).andReturn();
        long id = Long.parseLong(exported.getResponse().getRedirectedUrl().substring("/campaigns/".length()));
        long count = jdbc.sql("select exported from campaign_export where id = ?").param(id).query(Long.class).single();
        assertThat(count).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from contact t where t.campaign_export_id = ? and not exists (
                    select 1 from consent k where k.customer_id = t.customer_id and k.channel = 'EMAIL'
                    and k.purpose = 'MARKETING' and k.status = 'GRANTED'
                    and k.at = (select max(at) from consent l where l.customer_id = k.customer_id
                                and l.channel = 'EMAIL' and l.purpose = 'MARKETING'))""")
                .param(id).query(Long.class).single()).as("nobody without a current consent").isZero();
        mvc.perform(get("/campaigns/{id}", id).locale(Locale.ENGLISH).with(user(marketer).roles("MARKETING")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("봄 세일")))
                .andExpect(content().string(containsString("No current consent for E-mail and Marketing")));

        // the downloads stream on another thread: they run in a session that exists already, as a signed-in user's does
        CookieJar browser = new CookieJar(mvc);
        browser.perform(get("/campaigns/{id}", id).with(user(marketer).roles("MARKETING"))).andExpect(status().isOk());
        MvcResult korean = browser.perform(get("/campaigns/{id}/file", id).locale(Locale.KOREAN).with(user(marketer).roles("MARKETING")))
                .andExpect(request().asyncStarted()).andReturn();
        String koreanCsv = new String(mvc.perform(asyncDispatch(korean)).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(koreanCsv).startsWith("\uFEFF고객번호,이름,단계,세그먼트,채널,주소\r\n").contains(",이메일,");
        MvcResult started = browser.perform(get("/campaigns/{id}/file", id).param("codes", "true").with(user(marketer).roles("MARKETING")))
                .andExpect(request().asyncStarted()).andReturn();
        MvcResult file = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        String csv = new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcustomer_id,name,stage,segment,channel,address\r\n");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize((int) count + 1);
        assertThat(lines.get(1)).contains("@").contains(",EMAIL,");
        assertThat(jdbc.sql("select count(*) from access_log where action = 'EXPORT' and what = ? and customer_id is not null")
                .param("campaign export " + id + " file").query(Long.class).single())
                .as("both downloads name every customer in the file").isEqualTo(2 * count);
        assertThat(jdbc.sql("select distinct reason from access_log where what = ?").param("campaign export " + id + " file")
                .query(String.class).list()).containsExactly("봄 세일");

        mvc.perform(post("/campaigns").param("channel", "EMAIL").param("purpose", "MARKETING").param("reason", " ")
                        .param("back", "/segments/stage-core").with(csrf()).with(user(marketer).roles("MARKETING")))
                .andExpect(redirectedUrl("/segments/stage-core"))
                .andExpect(flash().attribute("exportError", "campaigns.error.reason"));
    }

    @Test
    void anExportHoldsOutItsControlGroupAndItsResultsAreReadAgainstItByMarketingAndAdmins() throws Exception {
        String marketer = aUserWith(io.dangol.crm.admin.Role.MARKETING);
        mvc.perform(get("/segments/custom").param("stage", "BUYER").locale(Locale.KOREAN).with(user(marketer).roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*name=\"controlPercent\"[^>]*value=\"10\".*")));
        MvcResult exported = mvc.perform(post("/campaigns").param("stage", "BUYER").param("stage", "IDENTIFIED")
                        .param("channel", "EMAIL").param("purpose", "MARKETING").param("reason", "가을 감사")
                        .param("controlPercent", "30").param("costPerContact", "200").param("segmentName", "buyers")
                        .with(csrf()).with(user(marketer).roles("MARKETING")))
                .andExpect(redirectedUrlPattern("/campaigns/*")).andReturn();
        long id = Long.parseLong(exported.getResponse().getRedirectedUrl().substring("/campaigns/".length()));
        long heldOut = jdbc.sql("select count(*) from campaign_member where export_id = ? and held_out").param(id)
                .query(Long.class).single();
        long touched = jdbc.sql("select count(*) from contact where campaign_export_id = ?").param(id).query(Long.class).single();
        assertThat(heldOut).isPositive();
        assertThat((double) heldOut / (heldOut + touched)).isBetween(0.25, 0.35);
        assertThat(jdbc.sql("select count(*) from contact t join campaign_member m on m.customer_id = t.customer_id "
                + "and m.export_id = t.campaign_export_id where t.campaign_export_id = ? and m.held_out").param(id)
                .query(Long.class).single()).as("no held-out customer is touched").isZero();
        mvc.perform(get("/campaigns/{id}", id).locale(Locale.ENGLISH).with(user(marketer).roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(heldOut + " customers (30%) were held out at random")));

        for (String role : List.of("MARKETING", "ADMIN")) {
            mvc.perform(get("/campaigns/{id}/results", id).locale(Locale.KOREAN).with(user(marketer).roles(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("결과: 가을 감사")))
                    .andExpect(content().string(containsString("id=\"control-customers\">" + heldOut + "<")))
                    .andExpect(content().string(containsString("30일 기간이 아직 끝나지 않았습니다")));
        }
        mvc.perform(get("/campaigns/{id}/results", id).param("days", "90").locale(Locale.ENGLISH).with(user(marketer).roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The 90-day window has not ended")))
                .andExpect(content().string(containsString("Return on spend")));
        mvc.perform(get("/campaigns/{id}/results", id).with(user(marketer).roles("SALES"))).andExpect(status().isForbidden());
    }

    @Test
    void theDemosPlantedCampaignHasItsHeadlineOnTheListAfterAScoringRun() throws Exception {
        long demoExport = jdbc.sql("select id from campaign_export where username = 'demo' order by id desc limit 1")
                .query(Long.class).single();
        mvc.perform(get("/campaigns").locale(Locale.ENGLISH).with(user("m").roles("MARKETING")))
                .andExpect(content().string(containsString("Measured after the next scoring run")));

        runScoring.run(io.dangol.crm.scoring.ScoringRequest.now(ScoringTrigger.CLI, "cli"), ScoringListener.NONE);

        assertThat(jdbc.sql("select count(*) from campaign_headline where export_id = ?").param(demoExport)
                .query(Long.class).single()).as("the run's listener measured it").isEqualTo(1);
        mvc.perform(get("/campaigns").locale(Locale.KOREAN).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("봄 원두 신상품 이메일 (demo)")))
                .andExpect(content().string(containsString("href=\"/campaigns/" + demoExport + "/results\"")));
        mvc.perform(get("/campaigns/{id}/results", demoExport).locale(Locale.ENGLISH).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("has not ended"))))
                .andExpect(content().string(containsString("At Risk")));
    }

    @Test
    void adminsSetTheCampaignCapAndBadValuesAreExplained() throws Exception {
        mvc.perform(post("/admin/campaign-cap").param("cap", "2").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(redirectedUrl("/campaigns"));
        assertThat(marketingSettings.current().campaignCapPer30Days()).isEqualTo(2);
        mvc.perform(post("/admin/campaign-cap").param("cap", "lots").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("capError", "campaigns.error.cap"));
        mvc.perform(get("/campaigns").locale(Locale.KOREAN).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("마케팅 접촉을 2번")))
                .andExpect(content().string(not(containsString("id=\"cap-form\""))));
    }

    @Test
    void smsFilesWritePhonesAsTheSendingSystemReadsThemInTheFormatTheAdminChose() throws Exception {
        String marketer = aUserWith(io.dangol.crm.admin.Role.MARKETING);
        MvcResult exported = mvc.perform(post("/campaigns").param("stage", "BUYER").param("stage", "IDENTIFIED").param("stage", "CORE")
                        .param("channel", "SMS").param("purpose", "MARKETING").param("reason", "설 문자")
                        .param("segmentName", "all").param("back", "/segments/custom").with(csrf())
                        .with(user(marketer).roles("MARKETING")))
                .andExpect(redirectedUrlPattern("/campaigns/*")).andReturn();
        long id = Long.parseLong(exported.getResponse().getRedirectedUrl().substring("/campaigns/".length()));

        List<String> dashed = phonesOf(smsFile(id, marketer));
        assertThat(dashed).isNotEmpty().allMatch(phone -> phone.matches("01[016789]-\\d{3,4}-\\d{4}"), "010-1234-5678");

        mvc.perform(post("/admin/campaign-phone-format").param("phoneFormat", "DIGITS").with(csrf()).with(user(marketer).roles("MARKETING")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/campaign-phone-format").param("phoneFormat", "digits please").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("phoneFormatError", "campaigns.error.phoneFormat"));
        mvc.perform(post("/admin/campaign-phone-format").param("phoneFormat", "DIGITS").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(redirectedUrl("/campaigns")).andExpect(flash().attribute("notice", "campaigns.phoneFormatSaved"));
        mvc.perform(get("/campaigns").locale(Locale.KOREAN).with(user("a").roles("ADMIN")))
                .andExpect(content().string(containsString("01012345678 (숫자만)")))
                .andExpect(content().string(containsString("value=\"DIGITS\" checked")));

        List<String> digits = phonesOf(smsFile(id, marketer));
        assertThat(digits).hasSameSizeAs(dashed).allMatch(phone -> phone.matches("01[016789]\\d{7,8}"), "01012345678");
        assertThat(digits.get(0)).isEqualTo(dashed.get(0).replace("-", ""));
    }

    private String smsFile(long id, String marketer) throws Exception {
        CookieJar browser = new CookieJar(mvc);
        browser.perform(get("/campaigns/{id}", id).with(user(marketer).roles("MARKETING"))).andExpect(status().isOk());
        MvcResult started = browser.perform(get("/campaigns/{id}/file", id).param("codes", "true").with(user(marketer).roles("MARKETING")))
                .andExpect(request().asyncStarted()).andReturn();
        return new String(mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static List<String> phonesOf(String csv) {
        return csv.lines().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1)).toList();
    }

    private long accessLogRows(String like) {
        return jdbc.sql("select count(*) from access_log where what like ?").param(like).query(Long.class).single();
    }
}
