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
import io.dangol.crm.campaign.ChangeFrequencyCap;
import io.dangol.crm.campaign.ChoosePhoneFormat;
import io.dangol.crm.campaign.ExportCampaign;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
    }

    @Test
    void theFileIsNamedByTheBusinessesClockNotByUtc() throws Exception {
        campaigns.stored = Optional.of(new CampaignExport(5, Instant.parse("2026-12-02T05:06:00Z"), "m", "챔피언", "",
                io.dangol.crm.consent.ConsentChannel.SMS, io.dangol.crm.consent.ConsentPurpose.MARKETING, "연말", 0, 0, 0, 0));
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
        assertThat(campaigns.exports).containsExactly("SMS MARKETING cap 4 챔피언 by m");
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
            return new ExportCampaign(campaigns, campaigns, clock);
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

    static final class InMemoryCampaigns implements CampaignExportStore, CampaignSettingsStore {

        final List<String> exports = new ArrayList<>();
        CampaignSettings settings = new CampaignSettings(4);
        Optional<CampaignExport> stored = Optional.empty();

        @Override
        public CampaignExport record(CampaignRequest request, int capPer30Days, Instant at) {
            exports.add(request.channel() + " " + request.purpose() + " cap " + capPer30Days + " " + request.segmentName()
                    + " by " + request.username());
            return new CampaignExport(exports.size(), at, request.username(), request.segmentName(), "", request.channel(),
                    request.purpose(), request.reason(), 0, 0, 0, 0);
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
