package io.dangol.crm.campaign.web;

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

import io.dangol.crm.campaign.CampaignExport;
import io.dangol.crm.campaign.CampaignExportStore;
import io.dangol.crm.campaign.CampaignRequest;
import io.dangol.crm.campaign.CampaignRow;
import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.CampaignSettingsStore;
import io.dangol.crm.campaign.CampaignHeadline;
import io.dangol.crm.campaign.CampaignOutcomes;
import io.dangol.crm.campaign.ChangeEvidenceRules;
import io.dangol.crm.campaign.ChangeFrequencyCap;
import io.dangol.crm.campaign.ControlGroup;
import io.dangol.crm.campaign.GroupFigures;
import io.dangol.crm.campaign.ReadCampaignResults;
import io.dangol.crm.campaign.StratumFigures;
import io.dangol.crm.campaign.ChoosePhoneFormat;
import io.dangol.crm.campaign.ExportCampaign;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Campaign exports on their own (a web slice: no database), per role, with what a marketer gets wrong. */
@WebMvcTest(CampaignsController.class)
@Import(CampaignsSliceTest.Ports.class)
class CampaignsSliceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryCampaigns campaigns;

    @BeforeEach
    void nothingExportedYet() {
        campaigns.exports.clear();
        campaigns.settings = new CampaignSettings(4);
        campaigns.stored = Optional.empty();
        campaigns.strata = List.of();
    }

    @Test
    void theFileIsNamedByTheBusinessesClockNotByUtc() throws Exception {
        campaigns.stored = Optional.of(new CampaignExport(5, Instant.parse("2026-12-02T05:06:00Z"), "m", "챔피언", "",
                io.dangol.crm.consent.ConsentChannel.SMS, io.dangol.crm.consent.ConsentPurpose.MARKETING, "연말", 0, 0, 0, 0, 0,
                ControlGroup.none(), 0, OptionalLong.empty()));
        mvc.perform(get("/campaigns/5/file").with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("campaign-5-sms-20261202-1406.csv")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "MARKETING"})
    void marketingAndAdminsSeeTheExports(String role) throws Exception {
        mvc.perform(get("/campaigns").locale(Locale.KOREAN).with(user("m").roles(role)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("캠페인 내보내기")));
    }

    @Test
    void onlyAnAdminIsOfferedTheCap() throws Exception {
        mvc.perform(get("/campaigns").locale(Locale.ENGLISH).with(user("a").roles("ADMIN")))
                .andExpect(content().string(containsString("id=\"cap-form\"")))
                .andExpect(content().string(containsString("value=\"4\"")));
        mvc.perform(get("/campaigns").locale(Locale.ENGLISH).with(user("m").roles("MARKETING")))
                .andExpect(content().string(not(containsString("id=\"cap-form\""))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SALES", "SERVICE"})
    void salesAndServiceCannotExport(String role) throws Exception {
        mvc.perform(get("/campaigns").with(user("s").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns").param("channel", "SMS").param("purpose", "MARKETING").param("reason", "x")
                .with(csrf()).with(user("s").roles(role))).andExpect(status().isForbidden());
        assertThat(campaigns.exports).isEmpty();
    }

    @Test
    void anExportWithoutAReasonKeepsWhatWasTypedAndSaysWhatToFix() throws Exception {
        mvc.perform(post("/campaigns").param("channel", "SMS").param("purpose", "MARKETING").param("reason", "  ")
                        .param("back", "/segments/champions").with(csrf()).with(user("m").roles("MARKETING")))
                .andExpect(redirectedUrl("/segments/champions"))
                .andExpect(flash().attribute("exportError", "campaigns.error.reason"));
        mvc.perform(post("/campaigns").param("channel", "FAX").param("purpose", "MARKETING").param("reason", "연말")
                        .param("back", "//evil.example").with(csrf()).with(user("m").roles("MARKETING")))
                .andExpect(redirectedUrl("/segments"))
                .andExpect(flash().attribute("exportError", "campaigns.error.channel"))
                .andExpect(flash().attribute("exportReason", "연말"));
        assertThat(campaigns.exports).isEmpty();
    }

    @Test
    void aGoodExportIsRecordedWithTheCurrentCapAndOpens() throws Exception {
        mvc.perform(post("/campaigns").param("channel", "SMS").param("purpose", "MARKETING").param("reason", "연말 감사")
                        .param("segmentName", "챔피언").with(csrf()).with(user("m").roles("MARKETING")))
                .andExpect(redirectedUrl("/campaigns/1"));
        assertThat(campaigns.exports).containsExactly("SMS MARKETING cap 4 챔피언 by m control 10% cost OptionalLong.empty");
    }

    @Test
    void theMarketerSetsTheControlGroupAndCostAndBadNumbersAreSentBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/campaigns").param("channel", "EMAIL").param("purpose", "MARKETING").param("reason", "봄")
                        .param("controlPercent", "60").param("costPerContact", "120").param("back", "/segments/champions")
                        .with(csrf()).with(user("m").roles("MARKETING")))
                .andExpect(redirectedUrl("/segments/champions"))
                .andExpect(flash().attribute("exportError", "campaigns.error.controlPercent"))
                .andExpect(flash().attribute("exportControlPercent", "60"))
                .andExpect(flash().attribute("exportCostPerContact", "120"));
        mvc.perform(post("/campaigns").param("channel", "EMAIL").param("purpose", "MARKETING").param("reason", "봄")
                        .param("controlPercent", "20").param("costPerContact", "백원").with(csrf()).with(user("m").roles("MARKETING")))
                .andExpect(flash().attribute("exportError", "campaigns.error.cost"));
        assertThat(campaigns.exports).isEmpty();
        mvc.perform(post("/campaigns").param("channel", "EMAIL").param("purpose", "MARKETING").param("reason", "봄")
                        .param("controlPercent", "20").param("costPerContact", "1,200").with(csrf()).with(user("m").roles("MARKETING")))
                .andExpect(redirectedUrl("/campaigns/1"));
        assertThat(campaigns.exports).containsExactly("EMAIL MARKETING cap 4 - by m control 20% cost OptionalLong[1200]");
    }

    @Test
    void theExportPageSaysHowManyWereHeldOutAndLinksTheResults() throws Exception {
        campaigns.stored = Optional.of(planted());
        mvc.perform(get("/campaigns/9").locale(Locale.KOREAN).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("200명(10%)을 무작위로 대조군에 두었습니다")))
                .andExpect(content().string(containsString("/campaigns/9/results")))
                .andExpect(content().string(containsString("연락당 비용 ₩500, 총비용 ₩900,000")));
    }

    @Test
    void theResultsPageShowsTheLiftWithItsIntervalPerGroupAndSegmentInBothLanguages() throws Exception {
        campaigns.stored = Optional.of(planted());
        // champions: 300 of 1,000 touched bought against 20 of 100 held out (+10 points); lost: 50 of 800 against 5 of 100
        // (Newcombe intervals computed by hand: +0.7 to +17.3 and -5.1 to +4.7)
        campaigns.strata = List.of(
                stratum("CORE", "CHAMPIONS", false, 1_000, 300, "15000000", "900000000000"),
                stratum("CORE", "CHAMPIONS", true, 100, 20, "900000", "50000000000"),
                stratum("BUYER", "LOST", false, 800, 50, "1000000", "40000000000"),
                stratum("BUYER", "LOST", true, 100, 5, "100000", "4000000000"));

        mvc.perform(get("/campaigns/9/results").param("days", "60").locale(Locale.KOREAN).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("결과: 봄 신제품")))
                .andExpect(content().string(containsString("id=\"purchase-lift\">+6.9%p<")))
                .andExpect(content().string(containsString("챔피언")))
                .andExpect(content().string(containsString("+10.0 (+0.7 ~ +17.3)")))
                .andExpect(content().string(containsString("실제 효과일 가능성 높음")));
        mvc.perform(get("/campaigns/9/results").locale(Locale.ENGLISH).with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Purchase lift (95%)")))
                .andExpect(content().string(containsString("Return on spend")))
                .andExpect(content().string(containsString("+1.2 (-5.1 to +4.7)")));
    }

    @Test
    void aWindowThatIsNoNumberOrTooLongFallsBackTo30DaysAndSaysSo() throws Exception {
        campaigns.stored = Optional.of(planted());
        mvc.perform(get("/campaigns/9/results").param("days", "일년").locale(Locale.ENGLISH).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“일년” is not a window of 1 to 365 days")));
        mvc.perform(get("/campaigns/9/results").param("days", "400").locale(Locale.ENGLISH).with(user("m").roles("MARKETING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“400” is not a window")));
        mvc.perform(get("/campaigns/404/results").with(user("m").roles("MARKETING"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SALES", "SERVICE"})
    void salesAndServiceDoNotSeeResults(String role) throws Exception {
        campaigns.stored = Optional.of(planted());
        mvc.perform(get("/campaigns/9/results").with(user("s").roles(role))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdminsChangeTheEvidenceRulesAndNonsenseIsRefused() throws Exception {
        mvc.perform(post("/admin/campaign-evidence").param("controlPercent", "20").param("fatigueDays", "7")
                .param("fatigueLimit", "3").with(csrf()).with(user("m").roles("MARKETING"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/campaign-evidence").param("controlPercent", "70").param("fatigueDays", "7")
                        .param("fatigueLimit", "3").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("evidenceError", "campaigns.error.evidence"));
        assertThat(campaigns.settings).isEqualTo(new CampaignSettings(4));
        mvc.perform(post("/admin/campaign-evidence").param("controlPercent", "20").param("fatigueDays", "7")
                        .param("fatigueLimit", "3").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("notice", "campaigns.evidenceSaved"));
        assertThat(campaigns.settings).as("unticked: fatigued customers are no longer left out")
                .isEqualTo(new CampaignSettings(4, io.dangol.crm.campaign.PhoneFormat.DASHED, 20, 7, 3, false));
    }

    private static CampaignExport planted() {
        return new CampaignExport(9, Instant.parse("2026-09-01T01:00:00Z"), "m", "everyone", "",
                io.dangol.crm.consent.ConsentChannel.EMAIL, io.dangol.crm.consent.ConsentPurpose.MARKETING, "봄 신제품",
                1_800, 50, 10, 3, 1, new ControlGroup(10, 42), 200, OptionalLong.of(500));
    }

    private static StratumFigures stratum(String stage, String segment, boolean heldOut, long customers, long buyers,
                                          String revenue, String squares) {
        return new StratumFigures(io.dangol.crm.ladder.LadderStage.valueOf(stage), Optional.of(segment), heldOut,
                new GroupFigures(customers, buyers, buyers, new BigDecimal(revenue), new BigDecimal(squares),
                        new BigDecimal(revenue).divide(BigDecimal.TEN), new BigDecimal(squares).divide(BigDecimal.valueOf(100)),
                        buyers / 20, 0, 0));
    }

    @Test
    void onlyAdminsChangeTheCapAndNonsenseIsRefused() throws Exception {
        mvc.perform(post("/admin/campaign-cap").param("cap", "7").with(csrf()).with(user("m").roles("MARKETING")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/campaign-cap").param("cap", "일곱").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("capError", "campaigns.error.cap"));
        mvc.perform(post("/admin/campaign-cap").param("cap", "0").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("capError", "campaigns.error.cap"));
        assertThat(campaigns.settings.campaignCapPer30Days()).isEqualTo(4);
        mvc.perform(post("/admin/campaign-cap").param("cap", " 7 ").with(csrf()).with(user("a").roles("ADMIN")))
                .andExpect(flash().attribute("notice", "campaigns.capSaved"));
        assertThat(campaigns.settings.campaignCapPer30Days()).isEqualTo(7);
    }

    @Test
    void anExportThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/campaigns/12345").with(user("m").roles("MARKETING"))).andExpect(status().isNotFound());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Ports {

        @Bean
        InMemoryCampaigns inMemoryCampaigns() {
            return new InMemoryCampaigns();
        }

        @Bean
        ExportCampaign exportCampaign(InMemoryCampaigns campaigns, Clock clock) {
            return new ExportCampaign(campaigns, campaigns, clock, () -> 42L);
        }

        @Bean
        ChangeEvidenceRules changeEvidenceRules(InMemoryCampaigns campaigns) {
            return new ChangeEvidenceRules(campaigns);
        }

        @Bean
        ReadCampaignResults readCampaignResults(InMemoryCampaigns campaigns, Clock clock) {
            return new ReadCampaignResults(campaigns, campaigns, campaigns, clock);
        }

        @Bean
        ChangeFrequencyCap changeFrequencyCap(InMemoryCampaigns campaigns) {
            return new ChangeFrequencyCap(campaigns);
        }

        @Bean
        ChoosePhoneFormat choosePhoneFormat(InMemoryCampaigns campaigns) {
            return new ChoosePhoneFormat(campaigns);
        }
    }

    static final class InMemoryCampaigns implements CampaignExportStore, CampaignSettingsStore, CampaignOutcomes {

        final List<String> exports = new ArrayList<>();
        List<StratumFigures> strata = List.of();
        CampaignSettings settings = new CampaignSettings(4);
        Optional<CampaignExport> stored = Optional.empty();

        @Override
        public CampaignExport record(CampaignRequest request, CampaignSettings rules, Instant at) {
            exports.add(request.channel() + " " + request.purpose() + " cap " + rules.campaignCapPer30Days() + " "
                    + request.segmentName() + " by " + request.username() + " control " + request.control().percent()
                    + "% cost " + request.costPerContact());
            return new CampaignExport(exports.size(), at, request.username(), request.segmentName(), "", request.channel(),
                    request.purpose(), request.reason(), 0, 0, 0, 0, 0, request.control(), 0, request.costPerContact());
        }

        @Override
        public List<StratumFigures> figures(long exportId, Instant from, Instant to, int fatigueDays) {
            return strata;
        }

        @Override
        public Map<Long, CampaignHeadline> headlines(Collection<Long> exportIds) {
            return Map.of();
        }

        @Override
        public List<Long> exportsSince(Instant since) {
            return List.of();
        }

        @Override
        public void forEachRow(long exportId, Consumer<CampaignRow> row) {
        }

        @Override
        public Optional<CampaignExport> find(long id) {
            return stored.filter(export -> export.id() == id);
        }

        @Override
        public List<CampaignExport> latest(int limit) {
            return List.of();
        }

        @Override
        public CampaignSettings current() {
            return settings;
        }

        @Override
        public void save(CampaignSettings changed, String username) {
            settings = changed;
        }
    }
}
